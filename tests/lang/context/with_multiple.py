# Multiple context managers in one with statement: entry order, reverse exit order, partial entry failure.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name, self.fail_enter, self.suppress = name, fail_enter, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        return self.name
    def __exit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("never")
except RuntimeError as e:
    print("caught", e)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("seen by inner, suppressed by outer")
print("continued")
with CM("outer2"), CM("inner2", suppress=True):
    raise ValueError("suppressed by inner")
print("continued again")
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized form", p1, p2)
with (CM("q1"), CM("q2"),):
    print("trailing comma")
with (CM("single")):
    print("single parenthesized")
def nested_equivalent():
    with CM("n1"):
        with CM("n2"):
            raise KeyError("k")
try:
    nested_equivalent()
except KeyError:
    print("nested equivalent propagated")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError("exit failed")
try:
    with CM("survivor"), ExitRaises():
        pass
except OSError as e:
    print("caught", e, "| context:", e.__context__)
