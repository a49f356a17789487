# str.format and format_map field names, conversions, nested specs and their errors.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __format__(self, spec):
        return "<" + format(self.x, spec) + "," + format(self.y, spec) + ">"

class Bad:
    def __format__(self, spec):
        return 42

p = Point(1.5, -2)
data = {"k": [10, 20, 30], 3: "three"}
for fmt in ["{0.x} {0.y}", "{p.x:+.2f}", "{0!r:>20}", "{0:.1f}", "{d[k][1]}", "{d[3]}",
            "{0[k]}", "{}", "{0}{}", "{}{0}", "{5}", "{z}", "{0.q}", "{0!z}", "{0!}", "{",
            "}", "{0:{w}.{p}}", "{0:{w:{p}}}", "{{literal}}", "{0.}", "{0[}", "{0[]}",
            "{!a}", "{d[k]!s:*^12}"]:
    try:
        print(repr(fmt), repr(fmt.format(p, p=p, d=data, w=7, z=None)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt in ["{a}", "{a:>{w}}", "{}", "{b}"]:
    try:
        print(repr(fmt), repr(fmt.format_map({"a": "x", "w": 4})))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
try:
    format(Bad())
except Exception as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(format(p, ".0f"), f"{p:06.2f}", format([1, 2]), format(None))
