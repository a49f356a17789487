# coroutine.__await__(): the coroutine_wrapper's send/throw/close/__next__/__iter__ and reuse errors.
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got
async def work():
    a = await Pause("first")
    b = await Pause("second")
    return (a, b)
c = work()
w = c.__await__()
print(type(w).__name__, iter(w) is w, w.__iter__() is w)
print(next(w))
print(w.send("A"))
try:
    w.send("B")
except StopIteration as e:
    print("returned", e.value)
try:
    next(w)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = work()
w1, w2 = c2.__await__(), c2.__await__()
print(w1 is w2, next(w1), c2.cr_running, type(c2.cr_await).__name__)
print("second wrapper drives the same coroutine:", w2.send("x"))
async def guarded():
    try:
        await Pause("waiting")
    except ValueError as e:
        return "handled " + str(e)
w = guarded().__await__()
print(w.send(None))
try:
    w.throw(ValueError("oops"))
except StopIteration as e:
    print(e.value)
w = guarded().__await__()
next(w)
try:
    w.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
async def closing():
    try:
        await Pause("held")
    finally:
        print("  closing: finally")
w = closing().__await__()
next(w)
print(w.close(), w.close())
async def stubborn():
    try:
        await Pause("held")
    except GeneratorExit:
        await Pause("again")
c = stubborn()
w = c.__await__()
next(w)
try:
    w.close()
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
def drive_with_yield_from():
    result = yield from work().__await__()
    return result
g = drive_with_yield_from()
print(g.send(None), g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print("yield from ->", e.value)
c = work()
print(c.cr_origin, c.cr_frame is not None, c.cr_code.co_name, c.cr_suspended)
c.close()
print(c.cr_frame, c.cr_await, c.cr_running, c.cr_suspended)
