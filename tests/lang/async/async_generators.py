# Async generators: asend/athrow/aclose driven by hand, async for, StopAsyncIteration, cleanup.
def run(awaitable):
    coro = awaitable.__await__()
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    try:
        for i in range(n):
            await Tick()
            received = yield i
            if received is not None:
                print("  agen received", received)
    finally:
        print("  agen finally")
g = agen(3)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_frame is not None)
print(run(g.__anext__()))
print(run(g.asend("hello")))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print(type(e).__name__, e.args)
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(run(consume()))
async def consume_break():
    it = agen(10)
    async for v in it:
        if v == 1:
            break
    print("  broke early; closing explicitly so cleanup does not depend on garbage collection")
    await it.aclose()
    return "closed after break"
print(run(consume_break()))
async def handles():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
h = handles()
print(run(h.__anext__()))
print(run(h.athrow(ValueError("bad"))))
print(run(h.__anext__()))
try:
    run(h.athrow(KeyError("fatal")))
except KeyError as e:
    print("athrow propagated", repr(e))
a = agen(5)
run(a.__anext__())
print("aclose ->", run(a.aclose()))
try:
    run(a.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")
async def empty():
    return
    yield
try:
    run(empty().__anext__())
except StopAsyncIteration:
    print("empty async generator")
try:
    run(agen(1).asend("x"))
except TypeError as e:
    print(type(e).__name__, e)
async def comprehension():
    return [v async for v in agen(3)], [v * 2 async for v in agen(2) if v]
print(run(comprehension()))
print(hasattr(g, "__aiter__"), g.__aiter__() is g, hasattr(g, "__iter__"))
