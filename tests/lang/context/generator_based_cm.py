# A hand-written contextmanager decorator (no contextlib): generator-driven enter/exit, exception injection.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, e, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(e)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is e:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("  content", t)
    with tag("span"):
        print("    nested")
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)
with suppress(KeyError):
    {}["missing"]
print("after suppress")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e
try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])
with counter() as st:
    for _ in range(3):
        st["n"] += 1
