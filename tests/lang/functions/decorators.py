# Function decorators: simple, with arguments, stacked order, preserving metadata by hand, on methods.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"  call {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    """Adds numbers."""
    return a + b
add(1, 2)
add(5, b=1)
print(add.__name__, add.__doc__, add.__wrapped__(3, 4), add.__qualname__)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("ann"))
order = []
def mark(label):
    order.append(f"make {label}")
    def deco(fn):
        order.append(f"apply {label}")
        def wrapper():
            return f"{label}({fn()})"
        return wrapper
    return deco
@mark("outer")
@mark("inner")
def base():
    return "base"
print(order, base())
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
class Service:
    def __repr__(self):
        return "Service()"
    @trace
    def handle(self, req):
        return req.upper()
    @staticmethod
    @count_calls
    def util():
        return "util"
Service().handle("ping")
print(Service.util(), Service.util.calls)
def with_expression(fn):
    return fn
registry = {}
@registry.setdefault("decorators", []).append
def registered():
    pass
print(registry["decorators"][0].__name__, registered)
@(lambda fn: lambda: fn() * 2)
def expr_decorated():
    return 21
print(expr_decorated())
decorators = [trace, count_calls]
@decorators[1]
def indexed():
    return "indexed"
print(indexed(), indexed.calls)
def returns_none(fn):
    return None
@returns_none
def vanished():
    pass
print(vanished)
def validate(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{fn.__name__} needs a non-negative value, got {x}")
        return fn(x)
    return wrapper
@validate
def root(x):
    return x ** 0.5
print(root(9))
try:
    root(-1)
except ValueError as e:
    print(type(e).__name__, e)
