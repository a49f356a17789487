async def f():
    async with a:
        async for x in b:
            if x:
                break
