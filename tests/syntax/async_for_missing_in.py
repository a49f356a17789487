def f():
    async for x:
        pass
