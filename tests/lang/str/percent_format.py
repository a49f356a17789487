# printf-style % formatting: conversions, flags, width/precision, mapping keys, * fields.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %f %F %g %G" % (12345.678, 0.000123, 1.5, float("inf"), 1e-5, 1e20))
print("%.2f %.0f %10.3f|%-10.3f|%010.3f %+.1e" % (3.14159, 2.5, 3.14159, 3.14159, -3.14159, 12345.0))
print("%c%c%c" % ("a", 98, 0x263A), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s%(x)s" % {"x": "ab"})
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % ((1, 2),), "%r" % ((1, 2),))
print("%s" % None, "%d" % True, "%d" % 3.99, "%x" % 10**20, "%o" % -8, "%x" % -255)
print("%10s|%-10s|%.2s|%10.2s|" % ("abc", "abc", "abc", "abc"))
print("%5%|" if False else "ok", "%.3r" % "abcdef", "%-6r|" % "x")
print("%s and %s" % ("tuple", "args"), "%s" % {"a": 1}, "%(a)s" % {"a": {"b": 2}})
print("%#.3g %#g %g" % (1.0, 1.0, 1.0), "%.3g" % 1234567, "%g" % 0.0001, "%g" % 0.00001)
print("% 5.1f|%+5.1f|%-+7.2f|" % (2.25, 2.25, 2.25))
print("%d%%" % 50, "%s%%s" % "x", "%c" % "€")
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r" % (P(), P()), "%s" % [P()])
class IntLike:
    def __index__(self):
        return 7
print("%x %o %d" % (IntLike(), IntLike(), 3))
b = "%s|%5s|%-5s|" % ("ü", "ü", "日本")
print(b, len(b))
print("%(a)d %(b)s %%" % dict(a=1, b="two"))
print("%.0e %.1e %.10e" % (5.0, 0.05, 1 / 3))
