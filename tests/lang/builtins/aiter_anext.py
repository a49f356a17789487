# The aiter() and anext() builtins (3.10+), with and without a default, driven without an event loop.
def run(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as stop:
        return stop.value
async def agen():
    yield "a"
    yield "b"
g = agen()
print(aiter(g) is g, type(anext(g)).__name__ in ("coroutine", "async_generator_asend", "anext_awaitable"))
print(run(anext(g)), run(anext(g)))
try:
    run(anext(g))
except StopAsyncIteration as e:
    print(type(e).__name__, e.args)
print(run(anext(g, "default value")))
class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
c = Counter(2)
print(aiter(c) is c, run(anext(c)), run(anext(c)), run(anext(c, "done")))
for bad in [[1, 2], "abc", 5]:
    try:
        aiter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    anext([1])
except TypeError as e:
    print(type(e).__name__, e)
class BadAiter:
    def __aiter__(self):
        return 42
try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)
async def collect(it):
    out = []
    while True:
        try:
            out.append(await anext(it))
        except StopAsyncIteration:
            return out
print(run(collect(Counter(4))), run(collect(agen())))
async def with_default(it):
    return [await anext(it, None) for _ in range(4)]
print(run(with_default(agen())))
print(callable(aiter), callable(anext), aiter.__name__, anext.__name__)
