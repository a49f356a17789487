# Error messages of await, async for and async with on objects that do not support them.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
def attempt(label, coro):
    try:
        print(label, "->", run(coro))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)
class NoAwait:
    pass
class AwaitReturnsInt:
    def __await__(self):
        return 5
pending = []
class AwaitReturnsCoro:
    def __await__(self):
        pending.append(coro_fn())
        return pending[-1]
async def coro_fn():
    return 1
class AiterReturnsInt:
    def __aiter__(self):
        return 1
class AnextReturnsInt:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3
class OnlyAenter:
    async def __aenter__(self):
        return self
class BadAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False
class BadAexit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 2
async def await_it(x):
    return await x
async def for_it(x):
    async for i in x:
        pass
async def with_it(x):
    async with x:
        return "body ran"
attempt("await 1", await_it(1))
attempt("await NoAwait", await_it(NoAwait()))
attempt("await returns int", await_it(AwaitReturnsInt()))
attempt("await returns coroutine", await_it(AwaitReturnsCoro()))
attempt("async for list", for_it([1, 2]))
attempt("async for aiter int", for_it(AiterReturnsInt()))
attempt("async for anext int", for_it(AnextReturnsInt()))
attempt("async with 5", with_it(5))
attempt("async with only aenter", with_it(OnlyAenter()))
attempt("async with bad aenter", with_it(BadAenter()))
attempt("async with bad aexit", with_it(BadAexit()))
c = coro_fn()
async def awaits_twice():
    await c
    return await c
attempt("await twice", awaits_twice())
async def gen_yields():
    yield 1
attempt("await async generator", await_it(gen_yields()))
for bad in [gen_yields, coro_fn, 3]:
    try:
        aiter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    anext(gen_yields)
except TypeError as e:
    print(type(e).__name__, e)
def plain_gen():
    yield 1
attempt("await plain generator", await_it(plain_gen()))
def uses_yield_from():
    pending.append(coro_fn())
    yield from pending[-1]
try:
    list(uses_yield_from())
except TypeError as e:
    print(type(e).__name__, e)
for p in pending:
    p.close()
print(len(pending), "unawaited coroutines closed")
