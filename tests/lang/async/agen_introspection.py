# Attributes of async generators, coroutines and their awaitables: names, code, frames, ag_await.
class Pause:
    def __await__(self):
        yield "pause"
async def agen(x):
    await Pause()
    yield x
class Holder:
    async def method(self):
        yield "m"
g = agen(1)
print(g.__name__, g.__qualname__, g.ag_code is agen.__code__, g.ag_running)
print(Holder().method().__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Renamed.qual"
print(g.__name__, g.__qualname__)
for attr, value in [("__name__", 3), ("__qualname__", None)]:
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)
print(g.ag_frame.f_code.co_name, g.ag_frame.f_locals)
a = g.__anext__()
print(a.send(None), type(g.ag_await).__name__, g.ag_frame.f_lineno - agen.__code__.co_firstlineno)
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value, g.ag_await)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted; frame:", g.ag_frame)
for attr in ["ag_running", "ag_frame", "ag_code", "ag_await"]:
    try:
        setattr(g, attr, 1)
    except AttributeError as e:
        print("AttributeError", attr)
names = [type(x).__name__ for x in (g, g.__anext__(), g.asend(1), g.athrow(ValueError), g.aclose())]
print(names)
print([n for n in dir(g) if not n.startswith("__")])
print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), hasattr(g, "__iter__"), hasattr(g, "send"))
aw = g.__anext__()
print(hasattr(aw, "__await__"), hasattr(aw, "__next__"), hasattr(aw, "__iter__"))
print(sorted(n for n in dir(aw) if not n.startswith("__")))
async def coro():
    await Pause()
c = coro()
print(c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended, c.cr_code.co_name)
c.send(None)
print(c.cr_running, type(c.cr_await).__name__, c.cr_suspended)
c.close()
print(c.cr_frame, c.cr_await, c.cr_suspended)
print(type(agen).__name__, agen.__code__.co_flags & 0x200 != 0, coro.__code__.co_flags & 0x80 != 0)
print(g.asend.__doc__)
print(g.athrow.__doc__)
print(g.aclose.__doc__)
