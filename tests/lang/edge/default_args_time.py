# Default arguments are evaluated once at def time: mutable defaults, late binding, __defaults__/__kwdefaults__.
log = []
def make_default(tag):
    log.append(tag)
    return tag
def f(a=make_default("a"), *, b=make_default("b")):
    return a, b
print(log)
print(f(), f(1, b=2), log)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
def safer(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safer(1), safer(2))
x = 10
def uses_x(v=x):
    return v
x = 20
print(uses_x(), x)
print(f.__defaults__, f.__kwdefaults__, uses_x.__defaults__)
def no_defaults(a, b):
    return a, b
print(no_defaults.__defaults__, no_defaults.__kwdefaults__)
no_defaults.__defaults__ = (5,)
print(no_defaults(1))
no_defaults.__defaults__ = (7, 8)
print(no_defaults())
no_defaults.__defaults__ = None
try:
    no_defaults()
except TypeError as e:
    print(type(e).__name__, e)
try:
    no_defaults.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
def kw_only(*, k=1, j):
    return k, j
kw_only.__kwdefaults__ = {"j": 99, "k": 0}
print(kw_only())
kw_only.__kwdefaults__ = None
try:
    kw_only()
except TypeError as e:
    print(type(e).__name__, e)
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
funcs = [lambda i=i: i * i for i in range(4)]
print([fn() for fn in funcs])
class K:
    default = "class-level"
    def m(self, v=default):
        return v
    default = "changed"
print(K().m(), K.default)
def outer():
    val = "first"
    def inner(v=val):
        return v, val
    val = "second"
    return inner()
print(outer())
try:
    def bad(a=undefined_default):
        pass
except NameError as e:
    print(type(e).__name__, e)
def order(a=make_default("p1"), b=make_default("p2"), *, c=make_default("k1"), d=make_default("k2")):
    pass
print(log[-4:])
lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(lam(1), lam(1, 3, 5, d=6, z=7), lam.__defaults__, lam.__kwdefaults__)
def tup_default(t=(1, [2])):
    t[1].append(3)
    return t
print(tup_default(), tup_default())
