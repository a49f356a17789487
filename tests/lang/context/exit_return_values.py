# What __exit__ returns decides suppression; __exit__ is looked up on the type; exit sees the right frame.
results = []
def make(ret):
    class R:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return ret
    return R()
for ret in [True, False, None, 1, 0, "yes", "", [], [0]]:
    try:
        with make(ret):
            raise ValueError("probe")
        results.append((repr(ret), "suppressed"))
    except ValueError:
        results.append((repr(ret), "propagated"))
for r in results:
    print(*r)
class Instance:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("class-level __exit__")
i = Instance()
i.__exit__ = lambda *a: print("instance attribute never used")
with i:
    pass
class ExitArgCount:
    def __enter__(self):
        return self
    def __exit__(self, et, e):
        return True
try:
    with ExitArgCount():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class EnterValue:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return None
with EnterValue() as v:
    print("as-target receives", v)
class Counter:
    entered = exited = 0
    def __enter__(self):
        Counter.entered += 1
    def __exit__(self, *a):
        Counter.exited += 1
for _ in range(3):
    with Counter():
        pass
try:
    with Counter():
        raise RuntimeError
except RuntimeError:
    pass
print(Counter.entered, Counter.exited)
class ExitSeesTraceback:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        frames = []
        while tb:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("traceback frames:", frames)
        return True
def raiser():
    raise OSError("deep")
with ExitSeesTraceback():
    raiser()
