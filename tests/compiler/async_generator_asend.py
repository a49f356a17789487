async def f():
    x = yield 1
    async for y in x:
        yield y
