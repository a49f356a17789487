# Default argument values: evaluated once at definition, mutable default pitfalls, None idiom.
calls = []
def make_default():
    calls.append("evaluated")
    return len(calls)
def f(a, b=make_default(), c=[]):
    c.append(a)
    return a, b, c
print(calls)
print(f(1), f(2), f(3, 10, []), f(4))
print(f.__defaults__)
def g(items=None):
    if items is None:
        items = []
    items.append(1)
    return items
print(g(), g(), g([0]))
x = 10
def h(v=x):
    return v
x = 20
print(h(), h(5))
def k(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(k(1, d=4), k(1, 5, 6, 7, d=8, e=9), k(a=1, d=2, b=3))
try:
    k(1)
except TypeError as e:
    print(type(e).__name__, e)
print(k.__defaults__, k.__kwdefaults__)
k.__defaults__ = (100,)
print(k(1, d=0))
k.__kwdefaults__ = {"c": "new c", "d": "new d"}
print(k(1))
def no_defaults(a):
    return a
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
try:
    k.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
def late_binding():
    return [lambda: i for i in range(3)]
print([fn() for fn in late_binding()])
def early_binding():
    return [lambda i=i: i for i in range(3)]
print([fn() for fn in early_binding()])
def default_refers_to_earlier(a, b=None):
    return a if b is None else b
print(default_refers_to_earlier(1), default_refers_to_earlier(1, 2))
def kwonly_default(*, flag=False):
    return flag
print(kwonly_default(), kwonly_default(flag=True))
try:
    kwonly_default(True)
except TypeError as e:
    print(type(e).__name__, e)
class Sentinel:
    pass
MISSING = Sentinel()
def get(d, key, default=MISSING):
    if key in d:
        return d[key]
    if default is MISSING:
        raise KeyError(key)
    return default
print(get({"a": 1}, "a"), get({}, "b", None))
try:
    get({}, "c")
except KeyError as e:
    print(type(e).__name__, e)
