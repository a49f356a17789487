# Async comprehensions in every position: list/set/dict/generator, nested, conditions with await.
class Step:
    def __await__(self):
        yield "step"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
async def arange(n):
    for i in range(n):
        await Step()
        yield i
async def is_even(x):
    await Step()
    return x % 2 == 0
async def main():
    out = {}
    out["list"] = [i * i async for i in arange(5)]
    out["set"] = sorted({i % 3 async for i in arange(7)})
    out["dict"] = {i: str(i) async for i in arange(3)}
    out["await-cond"] = [i async for i in arange(8) if await is_even(i)]
    out["await-elem"] = [await is_even(i) for i in range(3)]
    out["two-async"] = [(a, b) async for a in arange(2) async for b in arange(3) if a != b]
    out["mixed"] = [(a, b) for a in range(2) for b in [c async for c in arange(a + 2)]]
    out["nested"] = [[j async for j in arange(i)] async for i in arange(3)]
    gen = (i + 100 async for i in arange(3))
    out["genexp"] = [v async for v in gen]
    out["genexp-type"] = type(gen).__name__
    out["sum"] = sum([i async for i in arange(5)])
    out["ternary"] = [("even" if await is_even(i) else "odd") async for i in arange(3)]
    out["walrus"] = [y async for i in arange(4) if (y := i * 10) > 10]
    return out
for k, v in run(main()).items():
    print(k, v)
async def in_lambda_arg():
    f = lambda xs: len(xs)
    return f([x async for x in arange(4)])
print(run(in_lambda_arg()))
async def genexp_await_outside():
    g = (x async for x in arange(3))
    first = await g.__anext__()
    rest = [x async for x in g]
    await g.aclose()
    return first, rest
print(run(genexp_await_outside()))
async def comprehension_errors():
    try:
        [1 / (x - 1) async for x in arange(3)]
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        [x for x in arange(2)]
    except TypeError as e:
        print(type(e).__name__, e)
    return "done"
print(run(comprehension_errors()))
def sync_genexp_of_async():
    g = (x async for x in arange(2))
    return type(g).__name__
print(sync_genexp_of_async())
