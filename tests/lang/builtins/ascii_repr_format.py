# ascii, repr and format builtins; __repr__ / __format__ hooks and their error handling.
print(ascii("plain"), ascii("é"), ascii("日本"), ascii("🐍"), ascii(["é", 1]), ascii({"ü": b"\xff"}))
print(repr("x"), repr(1), repr(1.0), repr(None), repr([None]), repr((1,)), repr({1}), repr(b"b"))
print(repr(...), repr(NotImplemented), repr(print), repr(int), repr(type), repr(object))
class R:
    def __repr__(self):
        return "Rép"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]), f"{R()!a}")
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class RaisingRepr:
    def __repr__(self):
        raise KeyError("inside repr")
try:
    repr([RaisingRepr()])
except KeyError as e:
    print(type(e).__name__, e)
print(format(42), format(42, "05"), format("s", ">3"), format(1.5, ".3f"), format(None), format([1, 2]))
print(format(True), format(3 + 4j, ".1f"), format(b"x" if False else "y", "^5"))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F()), format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(object(), "") != "", type(format(1)).__name__)
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
class SubStr(str):
    pass
print(type(repr(SubStr("a"))).__name__, type(format(SubStr("a"))).__name__)
class ReprSub:
    def __repr__(self):
        return SubStr("sub repr")
print(repr(ReprSub()), type(repr(ReprSub())).__name__)
print(repr(1e100), repr(-0.0), repr(2**70), repr(-5j), repr(frozenset()), repr(range(3)))
print(ascii(b"\xff"), ascii(bytearray(b"x")), ascii("\x00\t"), ascii("\u2028"))
