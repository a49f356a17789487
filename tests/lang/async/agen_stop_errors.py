# StopIteration / StopAsyncIteration escaping async generators and coroutines become RuntimeError.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("StopAsyncIteration", e.args)
    except RuntimeError as e:
        return ("RuntimeError", str(e), type(e.__cause__).__name__, e.__cause__.args,
                e.__suppress_context__)
async def raises_stop_iteration():
    yield 1
    raise StopIteration("si")
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("sai")
async def returns():
    yield 1
    return
for fn in (raises_stop_iteration, raises_stop_async, returns):
    g = fn()
    print(fn.__name__, drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
g = raises_stop_async()
print(drive(g.athrow(StopAsyncIteration)))
g = raises_stop_async()
drive(g.__anext__())
print(drive(g.athrow(StopAsyncIteration("thrown"))))
g = raises_stop_async()
drive(g.__anext__())
print(drive(g.athrow(StopIteration)))
async def coro_stop():
    raise StopIteration(5)
print(drive(coro_stop()))
async def coro_stop_async():
    raise StopAsyncIteration(6)
print(drive(coro_stop_async()))
def gen_stop():
    yield 1
    raise StopIteration(7)
g = gen_stop()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
async def catches_own_stop():
    try:
        raise StopAsyncIteration("inner")
    except StopAsyncIteration as e:
        yield "caught " + str(e)
g = catches_own_stop()
print(drive(g.__anext__()), drive(g.__anext__()))
async def yields_none():
    yield
    yield None
g = yields_none()
print(drive(g.__anext__()), drive(g.asend(3)), drive(g.__anext__()))
async def uses_anext_inside():
    inner = returns()
    await inner.__anext__()
    try:
        await inner.__anext__()
    except StopAsyncIteration:
        yield "inner exhausted"
g = uses_anext_inside()
print(drive(g.__anext__()))
