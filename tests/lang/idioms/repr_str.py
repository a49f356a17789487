# __repr__ vs __str__ choices: print, str(), repr(), f-string conversions, containers, fallbacks, format.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
    def __repr__(self):
        return "Fmt()"
r, b = OnlyRepr(), Both("x")
print(r, str(r), repr(r), f"{r}", f"{r!r}", f"{r!s}")
s = OnlyStr()
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object at "), f"{s}")
print(b, str(b), repr(b), f"{b}", f"{b!r}", f"{b!a}", "%s %r" % (b, b), "{0} {0!r}".format(b))
print([b, b], (b,), {"k": b}, {b.v: [b]}, str([b]), repr("quote'd"), repr('dq"'), repr("both'\""))
print(f"{Fmt():>10}", format(Fmt(), "xyz"), "{:spec}".format(Fmt()), f"{Fmt()!r}", f"{Fmt()}")
print(str(1.0), repr(1.0), str(1e16), repr(0.1 + 0.2), str(-0.0), repr(float("inf")), str(10**20 / 3))
print(repr("tab\there"), str("tab\there"), repr("é\x00\u2028"), ascii("é☃"), repr(b"\x00a\xff"), str(b"x"))
print(repr(None), str(None), repr(True), repr(...), repr(NotImplemented), repr(int), repr(type(None)))
print(str([1, "a", None, 2.5]), repr({1: "x"}), str((1,)), str(()), repr(set()), repr(frozenset()), repr({1}))
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.val!r})"
        return f"Node({self.val!r}, {self.children!r})"
tree = Node(1, [Node("two"), Node(3, [Node(4.0)])])
print(tree)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)
class BadRepr:
    def __repr__(self):
        return 42
class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr for you")
for obj in (BadRepr(), RaisingRepr()):
    for fn in (repr, str):
        try:
            print(fn(obj))
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
try:
    print([RaisingRepr()])
except ValueError as e:
    print(type(e).__name__, e)
class StrSub(str):
    def __repr__(self):
        return "StrSub(" + super().__repr__() + ")"
ss = StrSub("hi")
print(ss, repr(ss), [ss], f"{ss}", f"{ss!r}", str(ss) == "hi", type(str(ss)).__name__)
class IntSub(int):
    def __str__(self):
        return "IntSub!"
i = IntSub(7)
print(i, repr(i), f"{i}", f"{i:d}", "%d" % i, "%s" % i, str(i), [i])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        return format(str(self), spec) if spec else str(self)
m = Money(12345)
print(m, [m], f"{m:>12}|", f"{m}", "{:<10}|".format(m), format(m))
print(object.__repr__(b).startswith("<__main__.Both object"), object.__str__(b))
