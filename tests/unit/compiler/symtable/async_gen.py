# Generators and coroutines, through comprehensions too.
async def a(xs):
    await xs
    return [x async for x in xs]

async def b(xs):
    return [[y async for y in x] for x in xs]

async def c(xs):
    return [await x for x in xs]

async def d(xs):
    return (x async for x in xs)

async def e(xs):
    return ((await x) for x in xs)

async def agen(xs):
    yield 1
    async for x in xs:
        yield x
    async with xs as y:
        pass

def gen(xs):
    yield from xs
    return 3

def g2():
    x = yield
    l = lambda: (yield)
    return [i for i in (yield)]

async def nested(xs):
    return {k: v async for k, v in xs}, {v async for v in xs}
