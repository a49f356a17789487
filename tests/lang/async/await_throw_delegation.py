# throw()/close() into a coroutine awaiting a custom iterator: delegation to its throw and close.
class Custom:
    def __init__(self):
        self.log = []
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        self.log.append("next")
        return "custom-yield"
    def send(self, v):
        self.log.append(("send", v))
        return "custom-sent"
    def throw(self, *args):
        self.log.append(("throw", [a if isinstance(a, (str, type(None))) else type(a).__name__ for a in args]))
        if args[0] is KeyError:
            raise StopIteration("custom stopped")
        raise args[0] if isinstance(args[0], BaseException) else args[0]()
    def close(self):
        self.log.append("close")
class NoThrow:
    def __await__(self):
        return self
    def __next__(self):
        return "nothrow-yield"
    def __iter__(self):
        return self
async def awaiter(aw):
    try:
        r = await aw
        return ("await returned", r)
    except Exception as e:
        return ("caught", type(e).__name__, str(e))
cu = Custom()
c = awaiter(cu)
print(c.send(None), c.send("x"))
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)
print(cu.log)
cu = Custom()
c = awaiter(cu)
c.send(None)
try:
    c.throw(ValueError, "v", None)
except StopIteration as e:
    print(e.value)
print(cu.log)
cu = Custom()
c = awaiter(cu)
c.send(None)
try:
    c.throw(TypeError("instance"))
except StopIteration as e:
    print(e.value)
print(cu.log)
cu = Custom()
c = awaiter(cu)
c.send(None)
print(c.close(), cu.log)
nt = NoThrow()
c = awaiter(nt)
print(c.send(None))
try:
    c.throw(ValueError("into coroutine"))
except StopIteration as e:
    print(e.value)
c = awaiter(NoThrow())
c.send(None)
print(c.close())
async def inner():
    try:
        await Custom()
    finally:
        print("  inner finally")
async def outer():
    try:
        await inner()
    except ZeroDivisionError:
        return "outer handled"
c = outer()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
c = outer()
c.send(None)
print(type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__)
print(c.close())
