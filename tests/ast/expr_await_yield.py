async def f():
    await x
    return await g(await h())
def g():
    yield
    yield 1
    x = yield
    y = yield a, b
    yield from it
    z = yield from (a for a in b)
    await_ = yield (yield)
