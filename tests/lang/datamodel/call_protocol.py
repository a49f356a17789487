# __call__ on instances and classes, callable(), call errors with argument-count messages.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
add = Adder(10)
print(add(1), add(1, 2, 3, scale=2, z=0, a=1))
print(callable(add), callable(Adder), callable(3), callable(print), callable(None))
print(list(map(Adder(1), [1, 2])))

class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
def g(**kw):
    return kw
try:
    g(scale=1, **{"scale": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, nope=2, scale=1, extra=1, scale2=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add(1, **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

class InstanceCall:
    pass
ic = InstanceCall()
ic.__call__ = lambda: "instance attr"
try:
    ic()
except TypeError as e:
    print(type(e).__name__, e)
print(ic.__call__())

class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)

class CallIsClass:
    class __call__:
        def __init__(self, *a):
            self.a = a
cc = CallIsClass()
r = cc(1, 2)
print(type(r).__name__, r.a)

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
w = WithMeta(5)
print(w.x)

class StaticCall:
    @staticmethod
    def __call__(a):
        return ("static", a)
print(StaticCall()(9))

class Counter:
    count = 0
    def __call__(self):
        type(self).count += 1
        return self.count
k = Counter()
k(); k()
print(k(), Counter.count)

def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for args, kw in [((1,), {}), ((1, 2, 3, 4), {"d": 1}), ((1, 2), {"c": 1}), ((1,), {"b": 2, "c": 3, "d": 4}), ((1, 2, 3), {"d": 4, "e": 5})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Adder()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Adder(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoCall(1)
except TypeError as e:
    print(type(e).__name__, e)
