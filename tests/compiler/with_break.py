for x in y:
    with a:
        break
