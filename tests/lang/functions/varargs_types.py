# *args is always a fresh tuple and **kwargs a fresh dict; mutation does not leak to the caller.
def capture(*args, **kwargs):
    return args, kwargs
lst = [1, 2]
d = {"a": 1}
args, kwargs = capture(*lst, **d)
print(type(args).__name__, type(kwargs).__name__, args, kwargs)
kwargs["b"] = 2
print(d, kwargs is d)
def mutate(**kw):
    kw["added"] = True
    return kw
original = {"x": 1}
print(mutate(**original), original)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
def empty(*args, **kwargs):
    return args == (), kwargs == {}
print(empty())
def count(*args):
    return len(args)
print(count(), count(None), count(*range(100)), count(*"abc", *[1]))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))
def kwargs_only(**kw):
    return kw
print(kwargs_only(), kwargs_only(**{"with space": 1, "é": 2}))
try:
    kwargs_only(1)
except TypeError as e:
    print(type(e).__name__, e)
def forward(*args, **kwargs):
    return capture(*args, **kwargs)
print(forward(1, k=2))
class Tracker:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs
t = Tracker(1, 2, name="t")
print(t.args, t.kwargs)
def modify_args(*args):
    args = list(args)
    args.append("local")
    return args
print(modify_args(1))
def default_then_star(a, b="B", *args):
    return a, b, args
print(default_then_star(1), default_then_star(1, 2, 3))
def star_in_middle(a, *args, b, **kw):
    return a, args, b, kw
print(star_in_middle(1, 2, 3, b=4, c=5))
print(capture.__code__.co_flags & 0x04 != 0, capture.__code__.co_flags & 0x08 != 0)
print(capture.__code__.co_varnames, capture.__code__.co_argcount)
def big_call(*args):
    return sum(args)
print(big_call(*range(10000)))
print(capture(*(x for x in range(3)), **{k: v for k, v in zip("ab", "AB")}))
