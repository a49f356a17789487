async def f():
    async with a as x, b as y:
        async with c:
            return x + y
