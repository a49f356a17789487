# Decorators: wraps-by-hand, decorator factories, stacking order, validation, memoizing, class registries, once().

def wraps_like(original):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__wrapped__ = original
        return wrapper
    return apply

call_log = []
def logged(fn):
    @wraps_like(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        call_log.append(f"{fn.__name__}({', '.join(parts)})")
        return fn(*args, **kwargs)
    return wrapper

def repeat(times):
    def decorator(fn):
        @wraps_like(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def validate(**types):
    def decorator(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args):
            for name, value in zip(names, args):
                if name in types and not isinstance(value, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}, got {type(value).__name__}")
            return fn(*args)
        return wrapper
    return decorator

@logged
@repeat(3)
def greet(name, punct="!"):
    """Say hi."""
    return f"hi {name}{punct}"

print(greet("ann"), greet("bo", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
print(call_log)

@validate(a=int, b=float)
def scale(a, b):
    return a * b
print(scale(2, 1.5))
for args in ((2.0, 1.5), (2, 3)):
    try:
        scale(*args)
    except TypeError as e:
        print(type(e).__name__, e)

def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

registry = {}
def register(cls=None, *, name=None):
    def do(c):
        registry[name or c.__name__.lower()] = c
        c.registered_as = name or c.__name__.lower()
        return c
    return do if cls is None else do(cls)

@register
class Alpha:
    pass
@register(name="b")
class Beta:
    pass
print(sorted(registry), Alpha.registered_as, Beta.registered_as, registry["b"] is Beta)

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = fn(*a)
            done = True
        return result
    return wrapper
@once
def init(x):
    print("init runs with", x)
    return x * 2
print(init(5), init(6), init(7))
