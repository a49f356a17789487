# Where async constructs are allowed: compile-time errors for await/async for/yield from and returns in async generators.
cases = [
    "async def f():\n    await x\n",
    "async def f():\n    yield 1\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield from g()\n",
    "async def f():\n    async for x in y:\n        pass\n",
    "async def f():\n    async with y:\n        pass\n",
    "async def f():\n    return [await x for x in y]\n",
    "async def f():\n    def inner():\n        await x\n",
    "async def f():\n    lambda: await x\n",
    "def f():\n    async for x in y:\n        pass\n",
    "async def f():\n    class C:\n        await x\n",
    "async def f():\n    [x async for x in y]\n",
    "def f():\n    (x async for x in y)\n",
    "async = 1\n",
    "await = 1\n",
    "def await(): pass\n",
    "async def f():\n    await = 1\n",
    "async def f(x=await y):\n    pass\n",
    "async def f():\n    nonlocal x\n",
]
for src in cases:
    try:
        compile(src, "<async>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", repr(src), "->", e.msg)
async def coro():
    return 1
async def agen():
    yield 1
def plain():
    pass
print(type(coro).__name__, type(coro()).__name__ if False else "coroutine functions are plain functions")
print(coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0, plain.__code__.co_flags & 0x280 == 0)
c = coro()
print(type(c).__name__)
c.close()
a = agen()
print(type(a).__name__)
