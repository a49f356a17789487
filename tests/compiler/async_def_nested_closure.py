async def f(a):
    async def g():
        return await a
    return await g()
