def f():
    x = yield
    y = yield 1
    yield from g()
