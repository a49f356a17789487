# with statements inside generators and generators inside with: ordering of enter/exit with yields.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, et, e, tb):
        print("  exit", self.name, et.__name__ if et else None)
        return False
def gen():
    with CM("in generator"):
        yield 1
        yield 2
    yield "after with"
g = gen()
print(next(g))
print(next(g))
print(next(g))
print(list(g))
g2 = gen()
next(g2)
g2.close()
print("closed g2")
g3 = gen()
next(g3)
try:
    g3.throw(KeyError("thrown in"))
except KeyError as e:
    print("came out:", repr(e))
with CM("outer"):
    for v in gen():
        print("value", v)
def with_around_yield_from():
    with CM("delegating"):
        yield from [10, 20]
print(list(with_around_yield_from()))
class Suppressor(CM):
    def __exit__(self, et, e, tb):
        super().__exit__(et, e, tb)
        return True
def suppressing_gen():
    with Suppressor("suppressing"):
        yield "before"
        raise ValueError("suppressed inside generator")
    yield "after suppression"
print(list(suppressing_gen()))
def early_return():
    with CM("returning"):
        return "value"
        yield
try:
    next(early_return())
except StopIteration as e:
    print("return value:", e.value)
