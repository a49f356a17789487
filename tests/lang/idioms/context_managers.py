# Hand-written context managers: __enter__/__exit__ return values, suppression, nesting, reuse, errors.
class Tracer:
    depth = 0
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("  " * Tracer.depth + f"enter {self.name}")
        Tracer.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        print("  " * Tracer.depth + f"exit {self.name} {status} tb={tb is not None}")
        return self.suppress
with Tracer("a") as t:
    print("    body", t.name)
with Tracer("outer"), Tracer("inner") as inner:
    print("    in both", inner.name)
with Tracer("suppressing", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Tracer("x"), Tracer("y", suppress=True), Tracer("z"):
        raise KeyError("k")
    print("y swallowed it")
    with Tracer("p"), Tracer("q"):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", type(e).__name__, e)
class Timer:
    # fake clock so output stays deterministic
    def __init__(self, clock):
        self.clock = clock
    def __enter__(self):
        self.start = next(self.clock)
        return self
    def __exit__(self, *exc):
        self.elapsed = next(self.clock) - self.start
        return False
clock = iter(range(0, 1000, 7))
with Timer(clock) as tm:
    pass
print("elapsed", tm.elapsed)
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
        self.closed = False
    def __enter__(self):
        if self.closed:
            raise RuntimeError(f"{self.name} already closed")
        Resource.open_count += 1
        return self
    def __exit__(self, et, ev, tb):
        self.closed = True
        Resource.open_count -= 1
r = Resource("db")
with r:
    print("using", r.name, Resource.open_count)
print("closed", r.closed, Resource.open_count)
try:
    with r:
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
def with_return():
    with Tracer("ret"):
        return "value from body"
print(with_return())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with Tracer("guard"), EnterFails():
        print("unreachable")
except OSError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__ if et else None}")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)
class Changer:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        return 0
with Changer() as (first, second):
    print(first, second)
box = [None]
with Changer() as box[0]:
    print(box)
