# await details: awaiting coroutines twice, awaitable classes, generator-based awaitables, result types.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
async def value(v):
    return v
async def await_twice():
    c = value(1)
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, f"{type(e).__name__}: {e}"
print(run(await_twice()))
class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set(self, v):
        self.done, self.result = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.result
async def waiter(fut):
    print("  waiting")
    r = await fut
    print("  got", r)
    return r * 2
fut = Future()
w = waiter(fut)
print(w.send(None) is fut)
print(w.send(None) is fut)
fut.set(21)
try:
    w.send(None)
except StopIteration as e:
    print("result", e.value)
class AwaitIsGenerator:
    def __await__(self):
        return iter([])
async def use_iter_await():
    return await AwaitIsGenerator()
print(run(use_iter_await()))
async def nested_awaits():
    return await value(await value(await value("deep")))
print(run(nested_awaits()))
async def await_in_expressions():
    total = await value(1) + await value(2) * await value(3)
    items = [await value(i) for i in range(3)]
    d = {await value("k"): await value("v")}
    cond = await value("yes") if await value(True) else "no"
    return total, items, d, cond
print(run(await_in_expressions()))
async def await_in_fstring():
    return f"{await value('inside')} f-string"
print(run(await_in_fstring()))
for src in ["def f():\n    await x\n", "await x\n", "async def f():\n    yield from x\n",
            "async def f():\n    x = [await y for y in z]\n", "lambda: await x\n"]:
    try:
        compile(src, "<aw>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
async def returns_coroutine():
    return value(5)
inner = run(returns_coroutine())
print(type(inner).__name__, run(inner))
