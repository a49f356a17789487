# __call__: callable instances, call with all argument kinds, class-level lookup, callable().
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2), add5(1, flag=True, other=0))
print(callable(add5), callable(Adder), list(map(Adder(1), [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.misses, type(fib).__name__)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
inst = NotCallable()
inst.__call__ = lambda: "instance attribute"
try:
    inst()
except TypeError as e:
    print("instance __call__ ignored:", type(e).__name__, e)
print(inst.__call__())
NotCallable.__call__ = lambda self: "added to class"
print(inst(), callable(NotCallable()))
class CallReturnsSelf:
    def __call__(self):
        return self
c = CallReturnsSelf()
print(c()()() is c)
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
counter = Counter()
print([counter() for _ in range(3)], counter.count)
print(sorted([3, 1, 2], key=Adder(0).__call__) if False else sorted(["bb", "a"], key=len))
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x
print(Compose(str, abs, lambda v: v - 10)(3))
for bad in [1, "s", [], None]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *args):
        return f"Meta intercepted {cls.__name__}{args}"
class Intercepted(metaclass=Meta):
    pass
print(Intercepted(1, 2))
