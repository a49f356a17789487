async def f():
    x = await (await y)
    return (await z).attr
