# Coroutines driven by hand with send(None): await chains, return values, coroutine objects' API.
class Suspend:
    """An awaitable that suspends once, handing a value to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        received = yield self.tag
        return f"resumed {self.tag} with {received!r}"
async def leaf(n):
    r = await Suspend(f"leaf{n}")
    return n * 10, r
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
def run(coro):
    """Drive [coro] to completion, printing what each suspension yields."""
    step = 0
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as stop:
            return stop.value
        step += 1
        print(f"  step {step}: coroutine yielded {yielded!r}")
        value = f"answer{step}"
print(run(middle()))
c = leaf(5)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
print(c.send(None))
print(type(c.cr_await).__name__ if c.cr_await is not None else None, c.cr_suspended if hasattr(c, "cr_suspended") else "")
try:
    c.send("direct")
except StopIteration as e:
    print("finished with", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def no_await():
    return "immediate"
coro = no_await()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
async def simple():
    return 1
s = simple()
try:
    iter(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(s)
except TypeError as e:
    print(type(e).__name__, e)
s.close()
print(hasattr(s, "__await__"), hasattr(s, "send"), hasattr(s, "throw"), hasattr(s, "close"))
def not_awaitable():
    return 5
async def bad_await():
    await not_awaitable()
try:
    run(bad_await())
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 42
async def bad_await2():
    await BadAwait()
try:
    run(bad_await2())
except TypeError as e:
    print(type(e).__name__, e)
print(simple.__code__.co_flags & 0x80 != 0, type(simple).__name__)
