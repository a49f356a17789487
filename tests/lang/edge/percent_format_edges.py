# printf-style % formatting: flags, * widths, mapping keys, %c/%r/%a, tuple-vs-single argument traps, errors.
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#o|%o|%e|%E|%g|%G|%%" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.5))
print("%(name)s is %(age)03d, %(name)r" % {"name": "Ann", "age": 7})
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%r" % "q", "%a" % "é", "%c%c" % (65, "B"))
print("%s" % ((1, 2),), "%d%%" % 50, "%.3s" % "abcdef", "%10.2s|" % "xyz", "%-10s|" % "left")
print("%i %u %d" % (3.9, -2.1, True), "%x" % -255, "%o" % -8, "%.0f %.1f" % (2.5, 0.05), "%#.3g" % 1.0)
print("%s" % None, "%s" % b"b", "%r" % b"b", "%5.1f%%" % 99.44, "%(a)s%(a)s" % {"a": "x"})
print("%d" % 10 ** 30, "%e" % 10 ** 30, "%x" % 2 ** 70, "%f" % float("inf"), "%F" % float("nan"), "%+.2e" % -0.0)
errors = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", "ab"), ("%(k)s", {}), ("%(k)s", 1), ("%c", 1.5),
    ("%c", "ab"), ("%c", -1), ("%y", 1), ("%", ()), ("%.*f", (1.5, 2.0)), ("%*d", ("a", 1)), ("%x", 1.5),
    ("%d", [1]), ("%s %(k)s", {"k": 1}), ("%c", 0x110000), ("no specs", 5), ("%(a", {"a": 1}),
]
for fmt, arg in errors:
    try:
        print(repr(fmt % arg))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, "->", type(e).__name__, e)
print("no specs" % (), "no specs" % {}, "%s" % {"a": 1}, "%(0)s" % {"0": "zero"})
class WithStr:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class WithIndex:
    def __index__(self):
        return 65
class WithInt:
    def __int__(self):
        return 7
print("%s %r %a" % (WithStr(), WithStr(), WithStr()), "%d %x %c" % (WithIndex(), WithIndex(), WithIndex()))
try:
    print("%d" % WithInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%x" % WithInt()
except TypeError as e:
    print(type(e).__name__, e)
print("%.2f" % WithIndex() if False else "%f" % 1, "%s and %s" % tuple("ab"), "%-+6d|" % 5, "%- 6d|" % 5, "%0-6d|" % 5)
print("%08.3f|%-8.3f|%+08d|%#08x|%#X" % (-3.14159, 2.5, 42, 255, 255))
d = {"x": 1}
print("%(x)s" % d, "%(x)d items" % d, "%%(x)s" % (), "%s" % (d,))
print(b"%s|%5b|%-4d|%x|%c" % (b"ab", b"c", 3, 255, 10), b"%(k)s" % {b"k": b"v"}, b"%a" % "é")
try:
    b"%s" % 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%r" % b"x" if False else b"%y" % 1
except ValueError as e:
    print(type(e).__name__, e)
