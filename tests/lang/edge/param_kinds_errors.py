# Positional-only, keyword-only, *args/**kwargs binding and every argument-error message shape.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
cases = [
    ((1,), {"e": 1}),
    ((1, 2), {"e": 1}),
    ((1, 2, 3), {}),
    ((1, 2, 3, 4, 5), {"e": 1}),
    ((1, 2, 3), {"e": 1, "g": 2}),
    ((1, 2, 3), {"e": 1, "c": 2}),
    ((1,), {"b": 2, "c": 3, "e": 5}),
    ((), {"a": 1, "b": 2, "c": 3, "e": 4}),
    ((1, 2, 3, 4, 5, 6), {}),
]
for args, kw in cases:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
def g(a, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(g(1, c=3), g(1, 2, 3, 4, c=5, x=6), g(c=1, a=2, b=3, z=0))
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def h(**kw):
    return kw
print(h(a=1, **{"b": 2}), h(**{"a": 1}, **{"b": 2}))
try:
    h(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(*1)
except TypeError as e:
    print(type(e).__name__, e)
def po(x, /, **kw):
    return x, kw
print(po(1, x=2))
def none():
    pass
for args, kw in [((1,), {}), ((), {"q": 1}), ((1, 2), {})]:
    try:
        none(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
def one(a):
    pass
for args, kw in [((), {}), ((1, 2), {}), ((1,), {"a": 1}), ((), {"b": 1})]:
    try:
        one(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
def three(a, b, c):
    pass
for args in [(), (1,), (1, 2, 3, 4)]:
    try:
        three(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def defaults(a, b=1, c=2):
    pass
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaults()
except TypeError as e:
    print(type(e).__name__, e)
def kwo(*, a, b, c=1):
    pass
try:
    kwo()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwo(1, a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwo(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def meth(self, a, /, b):
        return a, b
    @classmethod
    def cm(cls, x):
        return x
try:
    M().meth(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M().meth(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.cm()
except TypeError as e:
    print(type(e).__name__, e)
try:
    M.meth()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
for src in ["def f(a=1, b): pass", "def f(*, **k): pass", "def f(a, a): pass", "def f(/, a): pass", "f(a=1, 2)", "f(**k, *a)", "def f(*a, /): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
