# Parameter kinds: positional-only (/), keyword-only (*), *args, **kwargs, and their binding errors.
def f(a, b, /, c, d=4, *, e, f=6, **rest):
    return (a, b, c, d, e, f, rest)
print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 4, e=5, f=7, g=8), f(1, 2, 3, e=5, a="in rest"))
errors = [
    "f(1, 2, 3)",
    "f(1, b=2, c=3, e=5)",
    "f(1, 2, 3, 4, 5, e=5)",
    "f(1, 2, 3, c=3, e=5)",
    "f(e=5)",
    "f(1, 2, e=5)",
]
for src in errors:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
def pos_only(x, y, /):
    return x + y
print(pos_only(1, 2))
try:
    pos_only(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
def kw_only(*, key):
    return key
try:
    kw_only("positional")
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_only()
except TypeError as e:
    print(type(e).__name__, e)
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, 2), star(a=1), star(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
try:
    star(**{"k": 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
def one(a):
    return a
for src in ["one()", "one(1, 2)", "one(b=1)", "one(1, a=1)", "one(**{'a': 1, 'b': 2})", "one(*[1, 2])"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
def many(a, b, c, d):
    return a
for src in ["many()", "many(1)", "many(1, 2)", "many(1, 2, 3)", "many(1, 2, 3, 4, 5)", "many(1, 2, 3, d=4, e=5)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
def mixed(a, b=2, *args, c, d=4, **kw):
    pass
for src in ["mixed()", "mixed(1)", "mixed(1, 2, 3, 4)", "mixed(c=1)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
def kwonly_many(*, a, b, c):
    pass
try:
    kwonly_many(b=1)
except TypeError as e:
    print(type(e).__name__, e)
def posonly_kw_same_name(a, /, **kw):
    return a, kw
print(posonly_kw_same_name(1, a=2))
class K:
    def m(self, x, /, y, *, z):
        return x, y, z
print(K().m(1, 2, z=3), K().m(1, y=2, z=3))
try:
    K().m(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
