# __format__, __str__, __repr__: format(), f-strings with !r/!s/!a and specs, str.format field access.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money-str"
    def __repr__(self):
        return "Money-repr"
m = Money(1234)
print(format(m), format(m, "c"), format(m, ">10.1f"))
print(f"{m}", f"{m:c}", f"{m!s}", f"{m!r}", f"{m!a}", f"{m:>{8}.{1}f}")
print("{0}|{0:c}|{0!r}|{0!s}".format(m), "{}|{:c}|{!r}".format(m, m, m))
try:
    "{}|{0}".format(m)
except ValueError as e:
    print(type(e).__name__, e)
print(str(m), repr(m), [m], (m,), {"k": m})

class OnlyRepr:
    def __repr__(self):
        return "OR"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()), "%s %r" % (OnlyRepr(), OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{OnlyRepr():>5}"
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
r = str(ReturnsSub())
print(r, type(r).__name__)

class Unicode:
    def __repr__(self):
        return "caf\u00e9 \u2603"
print(repr(Unicode()), ascii(Unicode()), f"{Unicode()!a}")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __getitem__(self, k):
        return k * 2
p = Point(3, 4)
print("{0.x},{0.y} {0[5]} {0[ab]}".format(p))
print("{p.x:03d}/{p.y:<4}|".format(p=p))
try:
    "{0.z}".format(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "{1}".format(p)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{k}".format(p)
except KeyError as e:
    print(type(e).__name__, e)
print(format(3.5, ""), format(7, "b"), format("s", "^5"), format(None), format(True, "d"))
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)

class IntFmt(int):
    def __format__(self, spec):
        return "custom-int"
print(f"{IntFmt(5)}", f"{IntFmt(5):x}", "%d" % IntFmt(5), str(IntFmt(5)))
class Callable:
    def __format__(self, spec):
        return "spec=" + repr(spec)
print(f"{Callable():{'a'}{'b'}}", f"{Callable():  }", "{:{}}".format(Callable(), "z"))
