# Async comprehensions and await inside comprehensions, in coroutines driven by hand.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class Step:
    def __await__(self):
        yield
async def numbers(n):
    for i in range(n):
        await Step()
        yield i
async def double(x):
    await Step()
    return x * 2
async def main():
    a = [x async for x in numbers(5)]
    b = [x async for x in numbers(10) if x % 3 == 0]
    c = {x: await double(x) async for x in numbers(3)}
    d = {x async for x in numbers(4)}
    e = [await double(x) for x in range(3)]
    f = [y async for x in numbers(3) for y in range(x)]
    g = [(x, y) async for x in numbers(2) async for y in numbers(2)]
    return a, b, c, sorted(d), e, f, g
for part in run(main()):
    print(part)
async def gen_expr():
    agen = (x * 10 async for x in numbers(3))
    print(type(agen).__name__)
    return [v async for v in agen]
print(run(gen_expr()))
async def await_in_genexp():
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__)
    return [v async for v in gen]
print(run(await_in_genexp()))
for src in ["def f():\n    return [x async for x in y]\n",
            "def f():\n    return [await x for x in y]\n",
            "async def f():\n    return [x async for x in y]\n",
            "[x async for x in y]\n"]:
    try:
        compile(src, "<ac>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
async def nested():
    return [[y async for y in numbers(x)] for x in range(3)]
print(run(nested()))
