# async with in coroutines and async generators: multiple items, suppression, return/break inside.
class Step:
    def __await__(self):
        yield "step"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Step()
        print("  enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Step()
        print("  exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
async def multi():
    async with CM("a") as a, CM("b") as b:
        print("  body", a, b)
    return "multi done"
print(run(multi()))
async def suppressing():
    async with CM("s", suppress=True):
        raise ValueError("swallowed")
    return "after suppressed error"
print(run(suppressing()))
async def not_suppressing():
    async with CM("n"):
        raise KeyError("escapes")
try:
    run(not_suppressing())
except KeyError as e:
    print("KeyError", e)
async def returns_inside():
    async with CM("r"):
        return "returned from body"
print(run(returns_inside()))
async def loop_control():
    out = []
    for i in range(4):
        async with CM(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(run(loop_control()))
async def agen_with():
    async with CM("g"):
        yield 1
        yield 2
async def consume():
    return [v async for v in agen_with()]
print(run(consume()))
async def agen_closed_inside():
    g = agen_with()
    v = await g.__anext__()
    await g.aclose()
    return v
print(run(agen_closed_inside()))
async def nested_with_try():
    try:
        async with CM("outer"):
            try:
                async with CM("inner", suppress=True):
                    1 / 0
                raise RuntimeError("after inner")
            finally:
                print("  finally")
    except RuntimeError as e:
        return repr(e)
print(run(nested_with_try()))
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *args):
        raise OSError("from aexit")
async def exit_raises():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except OSError as e:
        return repr(e), repr(e.__context__)
print(run(exit_raises()))
