def f():
    if not True:
        return 0
    while not None:
        return 1
