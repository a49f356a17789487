for x in y:
    try:
        continue
    except E:
        pass
