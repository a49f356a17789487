# str.format: automatic and manual numbering, keywords, attributes, items, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Bob", age=5), "{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]} {d[0]}".format(d={"key": "K", "0": "str zero", 0: "int zero"}))
print("{0.real} {0.imag}".format(3 + 4j), "{x.__class__.__name__}".format(x=1.5))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"))
print("{:>10}|{:<10}|{:^10}|{:*^10}|".format("r", "l", "c", "s"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3), "{:{}}".format("x", 5) + "|")
print("{0:{1}}|{0:>{1}}|".format("ab", 6), "{:{fill}{align}8}".format("z", fill="-", align="^"))
print("{{}} {{{}}} {{0}}".format("lit"), "{}{{".format(1), "}}{}".format(2))
print("{0[a]}".format({"a": [1, 2]}), "{0[a]}".format({"a": "x"}), "{0[-1]}".format({"-1": "neg"}))
print("{:,} {:_} {:b} {:#o} {:.2%} {:e}".format(1234567, 1234567, 10, 8, 0.256, 12.5))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}), "{:}".format(7))
args = {"a": 1, "b": 2}
print("{a}+{b}".format(**args), "{0}{a}".format(0, **args), "{}".format(*[9]))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f"P({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return "Point!"
p = Point(1.5, 2)
print("{}".format(p), "{:.2f}".format(p), "{!r}".format(p), "{0.x}/{0.y}".format(p))
print("{0[0]}{0[1]}".format("ab"), "{0[0][0]}".format([["deep"]]))
print("{:>5}".format(True), "{:d}".format(True), "{}".format(True))
print("{0}-{0}-{0}".format("re"), "{:}|{!s:5}|".format("a", "b"))
print(str.format("{} {}", "via", "type"), "{0:^{1}}".format("mid", 9) + "|")
fmt = "{:<{w}}|{:>{w}}"
print(fmt.format("L", "R", w=4))
print("{:%Y}".format(type("T", (), {"__format__": lambda self, s: "fmt:" + s})()))
print("{0!s:*^9}".format(12), "{0!r:*^9}".format("12"))
print("{:}".format(""), repr("{}".format("")), "{0}".format(0))
