# aclose(): finally blocks, awaiting during cleanup, ignoring GeneratorExit, and reuse after close.
class Pause:
    def __await__(self):
        yield "pause"
def drive(aw):
    try:
        while True:
            r = aw.send(None)
            print("  suspended with", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
async def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup begins")
        await Pause()
        print("  cleanup ends")
g = cleanup()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.aclose()))
print(drive(g.__anext__()))
print(drive(cleanup().aclose()))
async def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("  ignoring GeneratorExit")
s = stubborn()
print(drive(s.__anext__()))
print(drive(s.aclose()))
async def raises_on_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")
r = raises_on_close()
print(drive(r.__anext__()))
print(drive(r.aclose()))
print(drive(r.__anext__()))
async def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("  returning")
        return
q = returns_on_close()
print(drive(q.__anext__()))
print(drive(q.aclose()))
c = cleanup()
drive(c.__anext__())
a = c.aclose()
print(a.send(None))
print(a.close())
try:
    a.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = cleanup()
drive(c2.__anext__())
a2 = c2.aclose()
print(a2.send(None))
try:
    a2.throw(KeyError("during cleanup"))
except KeyError as e:
    print("KeyError propagated", e)
print(drive(c2.__anext__()))
