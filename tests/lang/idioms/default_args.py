# Default-argument idioms and pitfalls: mutable defaults, None sentinels, keyword-only, positional-only, introspection.
def append_bad(x, target=[]):
    target.append(x)
    return target
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
print(append_bad.__defaults__)
def append_good(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_good(1), append_good(2))
_missing = object()
def get(d, key, default=_missing):
    try:
        return d[key]
    except KeyError:
        if default is _missing:
            raise
        return default
print(get({"a": 1}, "a"), get({}, "a", None), get({}, "a", 0))
try:
    get({}, "zz")
except KeyError as e:
    print(type(e).__name__, e)
counter = 0
def stamp(value=counter):
    return value
counter = 10
print(stamp(), stamp(counter))
def connect(host, port=80, *, timeout=5.0, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"
print(connect("a"), connect("b", 8080, retries=1), connect(port=1, host="c", timeout=0))
for bad in (lambda: connect("a", 1, 2), lambda: connect(), lambda: connect("a", timeout=1, tmeout=2),
            lambda: connect("a", port=1, host="b")):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def pos_only(a, b, /, c, *, d):
    return a, b, c, d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for bad in (lambda: pos_only(1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def kw_collect(a, /, **kwargs):
    return a, kwargs
print(kw_collect(1, a=2))
print(connect.__defaults__, connect.__kwdefaults__, pos_only.__code__.co_posonlyargcount, connect.__code__.co_kwonlyargcount)
connect.__kwdefaults__ = {"timeout": 9, "retries": 0}
connect.__defaults__ = (443,)
print(connect("x"))
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([f(10) for f in make_multipliers()])
def log(msg, *, level="INFO", **extra):
    tail = " ".join(f"{k}={v}" for k, v in sorted(extra.items()))
    return f"[{level}] {msg}" + (f" ({tail})" if tail else "")
print(log("start"), "|", log("oops", level="ERROR", code=5, who="me"))
def varargs(*args, sep=", "):
    return sep.join(map(str, args))
print(varargs(1, 2, 3), varargs(sep="-"), varargs(*"abc", sep=""))
def f(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(f(1), f(2), f.__defaults__)
def mutate_default(x, seen=set()):
    first = x not in seen
    seen.add(x)
    return first
print([mutate_default(v) for v in (1, 2, 1, 3, 2)])
def evaluated_once(t=print("defaults are evaluated at def time")):
    return t
print(evaluated_once(), evaluated_once(5))
