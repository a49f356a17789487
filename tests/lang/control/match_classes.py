# match: class patterns with positional (__match_args__) and keyword subpatterns, builtins' self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(_, radius):
            return f"circle r={radius}"
    return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1),
          Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), "str"]:
    print(where(o))
def builtin_self(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case frozenset(fs) | set(fs):
            return f"set of {len(fs)}"
    return "other"
for v in [True, 5, 2.5, "", "text", [9, 8], {"k": 1}, (1, 2), b"x", bytearray(b"y"), {1, 2}, frozenset(), None]:
    print(repr(v), "->", builtin_self(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(x=1, z=3):
        print("never: missing attribute fails the match")
    case Point(y=2):
        print("keyword-only match")
not_a_class = "plain string"
class Holder:
    cls = not_a_class
try:
    match 1:
        case Holder.cls():
            pass
except TypeError as e:
    print(type(e).__name__, e)
