# async with: __aenter__/__aexit__ awaitables, suppression, errors, multiple managers.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class Pause:
    def __await__(self):
        yield
class AsyncResource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Pause()
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, e, tb):
        await Pause()
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with AsyncResource("db") as handle:
        print("using", handle)
    async with AsyncResource("a") as a, AsyncResource("b") as b:
        print("using both", a, b)
    async with AsyncResource("quiet", suppress=True):
        raise KeyError("swallowed")
    try:
        async with AsyncResource("loud"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    return "main done"
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong_kind():
    async with SyncOnly():
        pass
try:
    run(wrong_kind())
except TypeError as e:
    print(type(e).__name__, e)
class AsyncOnly:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass
try:
    with AsyncOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadAenter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
async def bad():
    async with BadAenter():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
for src in ["async with x:\n    pass\n", "def f():\n    async with x:\n        pass\n"]:
    try:
        compile(src, "<aw>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
async def returns_inside():
    async with AsyncResource("ret"):
        return "returned inside async with"
print(run(returns_inside()))
