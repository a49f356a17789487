# async for control flow: break, continue, else, return, nested loops, and try/finally around them.
class Step:
    def __await__(self):
        yield "step"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
async def arange(n, name="r"):
    try:
        for i in range(n):
            await Step()
            yield i
    finally:
        print(f"  {name}({n}) finally")
async def loops():
    out = []
    it = arange(6, "brk")
    async for i in it:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("no else after break")
    await it.aclose()
    async for i in arange(2, "els"):
        out.append(i)
    else:
        out.append("else ran")
    return out
print(run(loops()))
async def returns_from_loop():
    it = arange(5, "ret")
    try:
        async for i in it:
            if i == 2:
                return "returned at 2"
    finally:
        await it.aclose()
print(run(returns_from_loop()))
async def nested():
    pairs = []
    async for i in arange(3, "outer"):
        async for j in arange(i, "inner"):
            pairs.append((i, j))
    return pairs
print(run(nested()))
async def exception_in_body():
    it = arange(3, "exc")
    try:
        async for i in it:
            if i == 1:
                raise ValueError("body failed at 1")
    except ValueError as e:
        await it.aclose()
        return str(e)
print(run(exception_in_body()))
class Manual:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Step()
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
async def manual_targets():
    out = []
    async for a, (b, c) in Manual([(1, (2, 3)), (4, (5, 6))]):
        out.append(a + b + c)
    d = {}
    async for d["key"] in Manual("xy"):
        out.append(dict(d))
    return out
print(run(manual_targets()))
async def agen_with_loop():
    async for i in Manual([10, 20]):
        yield i + 1
    yield "end"
async def consume():
    return [v async for v in agen_with_loop()]
print(run(consume()))
async def while_anext():
    it = Manual("ab")
    out = []
    while True:
        try:
            out.append(await it.__anext__())
        except StopAsyncIteration:
            break
    return out
print(run(while_anext()))
