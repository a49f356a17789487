from __future__ import annotations
async def f():
    x: await y
    return 1
def g(a: (yield)): pass
