def f():
    try:
        pass
    except* E:
        for x in y:
            break
        def g():
            return 1
