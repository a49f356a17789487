async def f():
    async for x in y:
        g(x)
    else:
        h()
