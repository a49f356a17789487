# async for over hand-written async iterators: __aiter__/__anext__, StopAsyncIteration, else clause.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class Yield:
    def __await__(self):
        yield
class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield()
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1
async def main():
    seen = []
    async for n in Countdown(3):
        seen.append(n)
    else:
        seen.append("else")
    async for n in Countdown(5):
        if n == 3:
            break
        seen.append(n)
    else:
        seen.append("never")
    async for n in Countdown(4):
        if n % 2:
            continue
        seen.append(f"even {n}")
    return seen
print(run(main()))
class NotAsyncIterable:
    def __iter__(self):
        return iter([1])
async def wrong():
    async for x in NotAsyncIterable():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return "not awaitable"
async def bad():
    async for x in BadAnext():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("failure inside __anext__")
async def raises():
    async for x in Raises():
        pass
try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)
async def unpacking():
    out = []
    class Pairs:
        def __init__(self):
            self.items = [("a", 1), ("b", 2)]
        def __aiter__(self):
            return self
        async def __anext__(self):
            if not self.items:
                raise StopAsyncIteration
            return self.items.pop(0)
    async for key, value in Pairs():
        out.append(f"{key}={value}")
    return out
print(run(unpacking()))
try:
    compile("for x in y:\n    async for z in w:\n        pass\n", "<af>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
