# Exceptions crossing await boundaries: propagation, chaining, finally blocks, StopIteration rules.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class Step:
    def __await__(self):
        yield
async def fails(msg):
    await Step()
    raise ValueError(msg)
async def wraps():
    try:
        await fails("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
try:
    run(wraps())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
async def with_finally(log):
    try:
        await fails("boom")
    finally:
        log.append("finally ran")
log = []
try:
    run(with_finally(log))
except ValueError as e:
    print(e, log)
async def raises_stop():
    await Step()
    raise StopIteration("inside coroutine")
try:
    run(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
async def raises_stop_async():
    raise StopAsyncIteration
try:
    run(raises_stop_async())
except StopAsyncIteration as e:
    print("a plain coroutine lets StopAsyncIteration through:", type(e).__name__)
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen_raises_stop():
    yield 1
    raise StopAsyncIteration
async def consume():
    return [x async for x in agen_raises_stop()]
try:
    run(consume())
except RuntimeError as e:
    print(type(e).__name__, e)
async def handled_in_loop():
    results = []
    for msg in ["a", "b"]:
        try:
            await fails(msg)
        except ValueError as e:
            results.append(str(e))
    return results
print(run(handled_in_loop()))
async def group():
    errors = []
    for m in ["x", "y"]:
        try:
            await fails(m)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("async failures", errors)
try:
    run(group())
except* ValueError as eg:
    print("except* caught", [str(e) for e in eg.exceptions])
async def return_in_finally():
    try:
        await fails("swallowed")
    finally:
        return "finally return wins"
print(run(return_in_finally()))
