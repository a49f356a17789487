async def f():
    async for x in y:
        if x:
            break
        continue
