while 1:
    try:
        a()
    except E:
        break
