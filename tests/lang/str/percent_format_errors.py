# printf-style formatting errors: wrong counts, types, unknown conversions, bad mapping use.
cases = [
    ("%s %s", ("one",)),
    ("%s", ("one", "two")),
    ("%d", ("x",)),
    ("%d", (1.5j,)),
    ("%f", ("x",)),
    ("%c", ("ab",)),
    ("%c", (-1,)),
    ("%c", (0x110000,)),
    ("%x", (1.5,)),
    ("%y", (1,)),
    ("%", ()),
    ("%(key)s", ("not a mapping",)),
    ("%(key)s", {}),
    ("%(a)s %s", {"a": 1}),
    ("%*d", ("x", 1)),
    ("%(a", {"a": 1}),
    ("abc", (1,)),
    ("%.*f", (1.5, 2.0)),
    ("%s %(a)s", {"a": 1}),
    ("%i", (None,)),
    ("%o", ("7",)),
    ("%e", ([],)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print("%s" % ())
except TypeError as e:
    print(type(e).__name__, e)
print(repr("abc" % {}), repr("abc" % []), repr("%s" % {}))
try:
    "abc" % 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 % "abc"
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __str__(self):
        raise ValueError("str failed")
try:
    "%s" % Bad()
except ValueError as e:
    print(type(e).__name__, e)
class Weird:
    def __str__(self):
        return 42
try:
    "%s" % Weird()
except TypeError as e:
    print(type(e).__name__, e)
print(str.__mod__("%d items", 3), str.__rmod__("x", "y") if False else "skip")
print("%s" % "%s", "%%s" % (), "%r" % "it's")
