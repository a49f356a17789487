# __str__, __repr__, __format__ on user classes: fallbacks, containers use repr, inheritance.
class Both:
    def __str__(self):
        return "Both.str"
    def __repr__(self):
        return "Both.repr"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly.repr"
class StrOnly:
    def __str__(self):
        return "StrOnly.str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s), repr(s).startswith("<"))
print([b, r], (b,), {"k": b}, {b.__class__.__name__: r})
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(format(b), format(r), format(s))
class Fmt:
    def __format__(self, spec):
        if spec == "upper":
            return "FMT"
        if spec == "":
            return "fmt-default"
        raise ValueError(f"bad spec {spec!r}")
    def __str__(self):
        return "Fmt.str"
f = Fmt()
print(f"{f}", f"{f:upper}", format(f), str(f), "{:upper}".format(f))
try:
    f"{f:bogus}"
except ValueError as e:
    print(type(e).__name__, e)
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
class IntWithRepr(int):
    def __repr__(self):
        return f"IntWithRepr({int(self)})"
i = IntWithRepr(5)
print(i, repr(i), str(i), f"{i}", f"{i:03}", [i])
class IntWithStr(int):
    def __str__(self):
        return "five"
j = IntWithStr(5)
print(j, repr(j), f"{j}", f"{j!s}", "%s %d" % (j, j), format(j, "d"))
class Recursive:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"R({self.children!r})"
root = Recursive()
root.children.append(Recursive())
root.children[0].children.append(Recursive())
print(root)
class StrReturnsSub:
    def __str__(self):
        class S(str):
            pass
        return S("str subclass result")
print(str(StrReturnsSub()), type(str(StrReturnsSub())).__name__)
class Unprintable:
    def __str__(self):
        raise RuntimeError("no str")
    def __repr__(self):
        return "Unprintable()"
try:
    print(Unprintable())
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(Unprintable()), [Unprintable()])
