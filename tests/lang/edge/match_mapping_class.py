# match: mapping patterns (**rest, extra keys, get semantics) and class patterns (__match_args__, keywords, errors).
def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={sorted(rest.items())}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0, "a": 1},
          {"type": "line"}, {"other": 1}, {}, [("type", "point")], "type"]:
    print(m(v))

class Missing(dict):
    def __missing__(self, k):
        return "from missing"
match Missing(a=1):
    case {"b": val}:
        print("matched via __missing__?", val)
    case {"a": val}:
        print("a only", val)

match {1: "int key", -2.5: "float key", "s": 0}:
    case {1: a, -2.5: b}:
        print(a, b)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {"k": [1, {"n": 2}]}:
    case {"k": [1, {"n": n}]}:
        print("nested mapping", n)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point3(_, _, z=z) if z > 0:
            return f"above at {z}"
        case Point():
            return "point"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), Point3(0, 0, 0), Point3(1, 1, 5), Point3(1, 1, -5), 7]:
    print(where(p))

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
class BadArgs:
    __match_args__ = ["a"]
    a = 1
try:
    match BadArgs():
        case BadArgs(1):
            print("list __match_args__ ok")
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
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
for v in [5, 5.0, "s", b"b", True, None, [1], (1,), {1: 1}, {1}, frozenset(), bytearray(b"x")]:
    match v:
        case bool(b):
            r = f"bool {b}"
        case int(i):
            r = f"int {i}"
        case float(f):
            r = f"float {f}"
        case str(s) | bytes(s):
            r = f"text {s!r}"
        case list(l) | tuple(l):
            r = f"seq {l}"
        case dict(d):
            r = f"dict {d}"
        case set() | frozenset():
            r = "some set"
        case _:
            r = "other " + type(v).__name__
    print(r)
match Point(1, 2):
    case Point(x=1, nonexistent=_):
        print("matched nonexistent")
    case Point(x=1):
        print("missing attribute makes the pattern fail")
