# Async generators already running: overlapping __anext__/athrow/aclose calls and ag_running.
class Pause:
    def __await__(self):
        yield "pause"
async def slow():
    print("  slow: before await")
    await Pause()
    print("  slow: after await")
    yield "first"
    await Pause()
    yield "second"
g = slow()
first = g.__anext__()
print(first.send(None), g.ag_running, type(g.ag_await).__name__)
second = g.__anext__()
try:
    second.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
for name, aw in [("athrow", g.athrow(ValueError)), ("aclose", g.aclose())]:
    try:
        aw.send(None)
    except RuntimeError as e:
        print(name, type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("first ->", e.value, g.ag_running)
third = g.__anext__()
print(third.send(None), g.ag_running)
try:
    third.send(None)
except StopIteration as e:
    print("third ->", e.value, g.ag_running)
async def reentrant():
    yield await self_ref.__anext__()
self_ref = reentrant()
try:
    self_ref.__anext__().send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
async def inspects():
    print("  running inside:", me.ag_running, me.ag_frame is not None)
    yield 1
me = inspects()
try:
    me.__anext__().send(None)
except StopIteration as e:
    print("value", e.value, "running after:", me.ag_running)
