# PEP 479: StopIteration raised inside a generator becomes RuntimeError; return is the way to stop.
def leaky():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def leaky_next(it):
    while True:
        yield next(it)
try:
    print(list(leaky_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_next(iter([1, 2]))))
def subclass_too():
    class MyStop(StopIteration):
        pass
    yield "x"
    raise MyStop
try:
    list(subclass_too())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def caught_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught inside is fine"
print(list(caught_inside()))
def return_value():
    yield 1
    return "value"
g = return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return becomes StopIteration.value:", e.value)
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("classes may raise it")
        return self.n
print(list(Iter()))
gen = (next(iter([])) for _ in range(1))
try:
    list(gen)
except RuntimeError as e:
    print("generator expression too:", e)
def raises_in_yield_from():
    yield from leaky()
try:
    list(raises_in_yield_from())
except RuntimeError as e:
    print("through yield from:", e)
try:
    list(map(lambda x: next(iter([])), [1]))
    print("map simply stops: no RuntimeError outside generators")
except RuntimeError as e:
    print(e)
