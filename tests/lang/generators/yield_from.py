# yield from: delegation of values, send, throw, close, and the subgenerator's return value.
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner result"
def outer():
    result = yield from inner()
    print("  outer got result:", result)
    yield "outer-after"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "done"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def handles():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  subgenerator handled", repr(e))
        yield "after-handling"
def delegator():
    yield from handles()
    yield "delegator continues"
d = delegator()
print(next(d))
print(d.throw(KeyError("k")))
print(list(d))
def closing_inner():
    try:
        yield 1
    finally:
        print("  inner finally on close")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("  outer finally on close")
c = closing_outer()
next(c)
c.close()
def returns_only():
    return 42
    yield
def get_value():
    v = yield from returns_only()
    yield v
print(list(get_value()))
def from_iterator():
    r = yield from iter([1, 2])
    yield ("return value of a plain iterator", r)
print(list(from_iterator()))
def sends_to_list():
    yield from [1, 2]
s = sends_to_list()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print(type(e).__name__, e)
def stop_value():
    yield from ()
    return "empty delegation"
try:
    next(stop_value())
except StopIteration as e:
    print(e.value)
def yf_frame():
    yield from inner()
y = yf_frame()
next(y)
print(type(y.gi_yieldfrom).__name__, y.gi_yieldfrom.__name__)
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
