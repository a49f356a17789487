# Nested async generators: delegating by async for, awaiting inner anext, and cleanup order.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label
def run(coro, log):
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as stop:
        return stop.value
async def leaf(name, n):
    try:
        for i in range(n):
            await Tick(f"{name}-tick{i}")
            yield f"{name}{i}"
    finally:
        print(f"  leaf {name} finally")
async def middle():
    async for v in leaf("a", 2):
        yield "m:" + v
    inner = leaf("b", 3)
    yield "m:" + await inner.__anext__()
    await inner.aclose()
    yield "m:done"
async def outer():
    out = []
    async for v in middle():
        out.append(v)
    return out
log = []
print(run(outer(), log))
print(log)
async def chain(*sources):
    for src in sources:
        async for v in src:
            yield v
async def total():
    return [v async for v in chain(leaf("x", 1), leaf("y", 2))]
log = []
print(run(total(), log), len(log))
async def stop_early():
    m = middle()
    first = await m.__anext__()
    await m.aclose()
    return first
log = []
print(run(stop_early(), log), log)
async def raising_inner():
    yield 1
    raise KeyError("from inner")
async def passes_through():
    try:
        async for v in raising_inner():
            yield v * 100
    except KeyError as e:
        yield "outer saw " + repr(e)
async def collect():
    return [v async for v in passes_through()]
print(run(collect(), []))
async def gen_of_gens():
    for i in range(2):
        yield leaf(f"g{i}", 1)
async def flatten():
    res = []
    async for g in gen_of_gens():
        async for v in g:
            res.append(v)
    return res
print(run(flatten(), []))
async def athrow_through():
    g = passes_through()
    first = await g.__anext__()
    second = await g.athrow(KeyError("thrown"))
    return first, second
print(run(athrow_through(), []))
