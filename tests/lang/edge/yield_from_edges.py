# yield from: delegating to non-generator iterators, return values, send/throw/close forwarding, StopIteration values.
def from_list():
    r = yield from [1, 2]
    yield ("list result", r)
print(list(from_list()))
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("iter-done")
        return self.i
def from_iter():
    r = yield from Iter()
    yield ("iter result", r)
print(list(from_iter()))
def sub():
    got = []
    try:
        while True:
            got.append((yield len(got)))
    except GeneratorExit:
        print("  sub closing with", got)
        raise
    finally:
        print("  sub finally")
def outer():
    try:
        yield from sub()
    finally:
        print("  outer finally")
g = outer()
print(next(g), g.send("a"), g.send("b"))
g.close()
def sub_returns_on_throw():
    try:
        yield 1
    except ValueError as e:
        return "handled " + str(e)
def outer2():
    r = yield from sub_returns_on_throw()
    yield r
g2 = outer2()
next(g2)
print(g2.throw(ValueError("boom")))
def send_to_list():
    yield from [1, 2]
g3 = send_to_list()
next(g3)
try:
    g3.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
g4 = send_to_list()
next(g4)
try:
    g4.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown into list delegation:", type(e).__name__, e)
def yf_none():
    yield from None
try:
    next(yf_none())
except TypeError as e:
    print(type(e).__name__, e)
def yf_int():
    yield from 5
try:
    list(yf_int())
except TypeError as e:
    print(type(e).__name__, e)
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in range(3)), {"k": 1})))
def deep(n):
    if n == 0:
        return "bottom"
    r = yield from deep(n - 1)
    yield n
    return r + f"<{n}"
def collect(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as e:
            return out, e.value
print(collect(deep(4)))
def gen_return_value():
    yield 1
    return [1, 2]
def wrap():
    v = yield from gen_return_value()
    return v
w = wrap()
next(w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
def stop_with_tuple():
    return (1, 2)
    yield
try:
    next(stop_with_tuple())
except StopIteration as e:
    print(e.value, e.args)
def stop_iteration_value():
    yield from ()
    return StopIteration("as value")
try:
    next(stop_iteration_value())
except StopIteration as e:
    print(type(e.value).__name__, e.value)
ge = (x for x in range(3))
print(next(ge), ge.send(None), list(ge))
ge2 = (x for x in range(3))
try:
    ge2.throw(ValueError("into genexp"))
except ValueError as e:
    print(type(e).__name__, e)
print(list(ge2))
def close_in_yf():
    yield from (x for x in range(10))
c = close_in_yf()
print(next(c), c.close(), list(c))
