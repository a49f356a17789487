async def f():
    return await (lambda: g)()
