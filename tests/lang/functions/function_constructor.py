# types.FunctionType called directly: argument checks, closures, names, defaults and globals.
F = type(lambda: 0)
def mk():
    x = 1
    def g(): return x
    return g
g = mk()
c = (lambda: 0).__code__
for args in [(5, {}), (c, 5), (c, {}, 5), (c, {}, None, 5), (c, {}, None, None, 5), (g.__code__, {}), (g.__code__, {}, None, None, (1,)), (c, {}, None, None, g.__closure__), (g.__code__, {}, None, None, ()), (c,), ()]:
    try: print(F(*args).__name__)
    except Exception as e: print(type(e).__name__, e)
try: print(F(code=c, globals={}, name="nm", argdefs=(1,)).__defaults__)
except Exception as e: print(type(e).__name__, e)
f = F(g.__code__, {"a": 1}, "nm", None, g.__closure__)
print(f.__name__, f.__qualname__, f(), f.__module__, f.__globals__)
f = F(c, {"__name__": "modx"})
print(f.__module__, f.__name__)
def add(a, b=10):
    return a + b
h = F(add.__code__, globals(), "plus", (5,))
print(h(1), h.__name__, h.__qualname__, h.__defaults__, h is add, h.__code__ is add.__code__)
k = F(add.__code__, {"__name__": "other"}, argdefs=None)
try:
    k(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    F(add.__code__, globals(), bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    F(add.__code__, globals(), code=add.__code__)
except TypeError as e:
    print(type(e).__name__, e)
