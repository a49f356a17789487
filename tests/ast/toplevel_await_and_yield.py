await x
async with a:
    pass
async for b in c:
    pass
yield 1
return 2
