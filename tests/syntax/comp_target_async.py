async def f():
    return [x async for g() in y]
