def f():
    raise E
    x = 1
    return x
