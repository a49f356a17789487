# Async generator driven by hand: asend values, yields, returns, and the awaitables' single use.
def step(aw):
    try:
        r = aw.send(None)
        print("  suspended with", r)
    except StopIteration as e:
        print("  value", e.value)
    except StopAsyncIteration as e:
        print("  StopAsyncIteration", e.args)
async def echo():
    received = None
    while True:
        received = yield ("echo", received)
        if received == "stop":
            return
g = echo()
print(type(g).__name__, g.__name__, g.__qualname__)
step(g.__anext__())
step(g.asend(1))
step(g.asend("two"))
step(g.asend(None))
step(g.asend("stop"))
step(g.asend("after end"))
step(g.__anext__())
a = echo().asend(None)
print(type(a).__name__)
step(a)
for meth in ("send", "__next__"):
    try:
        getattr(a, meth)(None) if meth == "send" else a.__next__()
    except RuntimeError as e:
        print(meth, type(e).__name__, e)
g = echo()
try:
    g.asend(5).send(None)
except TypeError as e:
    print(type(e).__name__, e)
s = g.__anext__()
try:
    s.send("x")
except TypeError as e:
    print(type(e).__name__, e)
g = echo()
s = g.__anext__()
print(s.close())
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
s = g.asend(None)
print(s.__await__() is s, iter(s) is s)
try:
    next(s)
except StopIteration as e:
    print("next ->", e.value)
print(g.ag_running, g.ag_await, g.ag_frame is not None, type(g.ag_code).__name__)
print(g.ag_code.co_name, g.aclose().send.__name__)
