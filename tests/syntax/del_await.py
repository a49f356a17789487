async def f():
    del await x
