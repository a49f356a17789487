# Keyword arguments: ordering, duplicates, non-identifier keys through **, kwargs of methods and classes.
def f(**kw):
    return list(kw.items())
print(f(b=1, a=2), f(**{"z": 0, "y": 1}), f(a=1, **{"b": 2}, c=3))
print(f(**{"not an identifier": 1, "1x": 2}))
def g(a, b=0, **rest):
    return a, b, rest
print(g(1, c=3), g(b=2, a=1), g(1, 2, a_=3), g(**{"a": 1, "b": 2, "c": 3}))
try:
    g(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("g(a=1, a=2)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, **opts):
        self.opts = opts
    def configure(self, *, verbose=False, **extra):
        return verbose, extra
k = K(x=1, y=2)
print(k.opts, k.configure(verbose=True, level=3), k.configure())
def only_kw(*, a, b=2):
    return a, b
print(only_kw(a=1), only_kw(b=3, a=4))
def kwargs_mutation(**kw):
    kw.pop("remove", None)
    kw["added"] = True
    return kw
source = {"remove": 1, "keep": 2}
print(kwargs_mutation(**source), source)
def ordering(**kw):
    return "".join(kw)
print(ordering(c=1, a=2, b=3), ordering(**dict(zip("zyx", range(3)))))
def passthrough(*args, **kwargs):
    return g(*args, **kwargs)
print(passthrough(5, b=6, extra=7))
print(dict(a=1, **{"b": 2}), dict({"a": 0}, a=1))
def positional_names(a, b, /, **kw):
    return a, b, kw
print(positional_names(1, 2, a=3, b=4))
def default_kw(x, *, flag=None):
    return x if flag is None else (x, flag)
print(default_kw(1), default_kw(1, flag=0))
