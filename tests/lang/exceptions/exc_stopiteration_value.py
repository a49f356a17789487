# StopIteration.value: the first argument or None; settable; StopAsyncIteration has none.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value, StopIteration(None).value)
e = StopIteration("v")
e.value = 42
print(e.value, e.args, str(e))
del e.value
print(e.value)
def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
def gen2():
    return
    yield
try:
    next(gen2())
except StopIteration as e:
    print("empty", e.value, e.args)
t("kw", lambda: StopIteration(value=1))
print(hasattr(StopAsyncIteration(), "value"), StopAsyncIteration(3).args)
print(issubclass(StopAsyncIteration, Exception), issubclass(StopIteration, Exception))
class S(StopIteration):
    def __init__(self):
        pass
print(S().value, S().args)
