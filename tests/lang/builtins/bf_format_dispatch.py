# format(), f-strings and str.format dispatch to __format__, including a subclass's own __format__.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
m = Money(3.14159)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>8.3f}", "{}".format(m), "{0:.0f}".format(m))
class Tag(int):
    def __format__(self, spec):
        return "<" + int.__format__(self, spec) + ">"
t = Tag(42)
print(format(t, "x"), f"{t:05d}", "{:b}".format(t), str(t), repr(t))
class Plain(int):
    pass
print(format(Plain(255), "#x"), f"{Plain(7):>4}", Plain(7).__format__("03"))
class F(float):
    pass
print(format(F(2.5), ".3f"), f"{F(1e20):g}", F(0.5).__format__("%"))
class C(complex):
    pass
print(format(C(1, 2), ""), format(C(1, 2), ".1f"), f"{C(3, -4):>12}")
class St(str):
    def __format__(self, spec):
        return self.upper() + "|" + spec
print(format(St("ab"), "x"), f"{St('cd')!s:>5}", f"{St('ef')}")
class NoFormat:
    def __str__(self):
        return "NF"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: format(NoFormat(), "x"))
show(lambda: f"{NoFormat():>5}")
show(lambda: "{:>5}".format(NoFormat()))
class Bad:
    def __format__(self, spec):
        return 5
show(lambda: format(Bad()))
show(lambda: f"{Bad()}")
show(lambda: "{}".format(Bad()))
class Raises:
    def __format__(self, spec):
        raise ValueError("spec " + spec)
show(lambda: format(Raises(), "q"))
show(lambda: f"{Raises():zz}")
show(lambda: format(1, 2))
show(lambda: format([1], "x"))
show(lambda: format(None, ""))
