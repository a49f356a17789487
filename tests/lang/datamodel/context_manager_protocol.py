# __enter__/__exit__: return values, exception suppression, exit arguments, lookup on the type, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", type(e).__name__, e)
with CM("x") as a, CM("y") as b:
    print("both", a, b)
with CM("outer", True), CM("inner"):
    raise RuntimeError("inner raises")
print("after nested")

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty"
with Truthy():
    1 / 0
print("suppressed by truthy string")

class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class InstanceOnly:
    pass
io = InstanceOnly()
io.__enter__ = lambda: None
io.__exit__ = lambda *a: None
try:
    with io:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)

class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("no body")
except OSError as e:
    print(type(e).__name__, e)

def returns_in_with():
    with CM("r"):
        return "returned"
print(returns_in_with())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("end")

class Unpack:
    def __enter__(self):
        return (1, (2, 3))
    def __exit__(self, *a):
        return False
with Unpack() as (p, (q, r)):
    print(p, q, r)
d = {}
with Unpack() as d["k"]:
    pass
print(d)
