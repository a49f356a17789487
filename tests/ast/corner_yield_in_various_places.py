def g():
    x = yield
    y = (yield)
    z = [(yield)]
    f((yield))
    w = yield from g()
    await_ = lambda: (yield)
    return (yield x)
