async def f():
    a = [x async for x in ait()]
    b = {x: y async for x, y in ait() if await p(x)}
    c = (await x for x in xs)
    d = [x for x in xs async for y in ait()]
