def g():
    x = yield 1
    while x:
        x = yield x
