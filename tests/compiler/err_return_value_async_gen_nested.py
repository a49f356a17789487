async def f():
    def g():
        return 1
    yield g()
