# anext() with a default: the anext_awaitable wrapper over async generators and __anext__ coroutines.
class Pause:
    def __await__(self):
        yield "pause"
def drive(aw):
    try:
        while True:
            r = aw.send(None)
            print("  suspended with", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
async def two():
    await Pause()
    yield 1
    yield 2
g = two()
aw = anext(g, "dflt")
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
print(drive(aw))
print(drive(anext(g, "dflt")))
print(drive(anext(g, "dflt")))
print(drive(anext(g, None)))
print(drive(anext(g)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
c = Countdown(1)
print(drive(anext(c, "end")))
print(drive(anext(c, "end")))
print(drive(anext(c, ["a", "list"])))
class Plain:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Ready(7)
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter(())
print(drive(anext(Plain(), 0)))
class NotAwaitable:
    def __anext__(self):
        return 42
print(drive(anext(NotAwaitable(), 0)))
aw = anext(two(), "d")
print(drive(aw))
try:
    anext(two(), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext()
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext(Countdown, 1)
except TypeError as e:
    print(type(e).__name__, e)
aw = anext(two(), "d")
try:
    aw.throw(ValueError("into fresh"))
except ValueError as e:
    print("ValueError", e)
aw = anext(two(), "d")
print(next(aw))
print(aw.close())
async def user():
    it = two()
    return [await anext(it, "x") for _ in range(4)]
print(drive(user()))
