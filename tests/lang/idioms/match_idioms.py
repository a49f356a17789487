# match statement idioms: literals, captures, wildcards, sequences with star, mappings, class patterns, guards, or-patterns.
def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect ({redirect})"
        case 404:
            return "not found"
        case int(c) if 500 <= c < 600:
            return f"server error {c}"
        case int():
            return "other int"
        case _:
            return f"not a status: {code!r}"
print([http_status(c) for c in (200, 204, 302, 404, 503, 418, "200", None)])
def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", *things] if things:
            return f"taking {', '.join(things)}"
        case ["say", first, *rest]:
            return f"saying {first!r} and {len(rest)} more"
        case [single]:
            return f"single word {single!r}"
        case _:
            return "unknown"
print([command(c) for c in ("", "go north", "go to the shop", "take apple pear", "take", "say hi there you", "look", "a b")])
def config(entry):
    match entry:
        case {"type": "db", "host": str(host), "port": int(port)}:
            return f"db at {host}:{port}"
        case {"type": "db", **rest}:
            return f"incomplete db config, has {sorted(rest)}"
        case {"type": "cache", "size": size} if size > 0:
            return f"cache of {size}"
        case {"type": kind}:
            return f"unsupported {kind}"
        case dict() if not entry:
            return "empty dict"
        case _:
            return "not a config"
for e in ({"type": "db", "host": "h", "port": 5432, "extra": 1}, {"type": "db", "host": "h"}, {"type": "cache", "size": 0},
          {"type": "cache", "size": 8}, {"type": "queue"}, {}, [("type", "db")], "db"):
    print(config(e))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Point() | Circle():
            return "some shape"
        case _:
            return "no shape"
print([where(s) for s in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 3),
                          Circle(Point(1, 1), 11), Circle(Point(1, 1), 1), "circle")])
def kind(value):
    match value:
        case None:
            return "None"
        case True | False as b:
            return f"bool {b}"
        case 0 | 0.0:
            return "zero"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case (a, b):
            return f"pair {a},{b}"
        case [*items] if len(items) > 2:
            return f"long sequence {items}"
        case {**kw} if not kw:
            return "empty mapping"
        case float(f):
            return f"float {f}"
        case _:
            return type(value).__name__
print([kind(v) for v in (None, True, 0, 0.0, False, "", "abc", (1, 2), [3, 4], [1, 2, 3], b"ab", {}, 2.5, 7, range(3))])
def unpack(data):
    match data:
        case {"users": [{"name": name}, *others]}:
            return f"first user {name}, {len(others)} others"
        case {"users": []}:
            return "no users"
        case _:
            return "bad payload"
print(unpack({"users": [{"name": "ann", "id": 1}, {"name": "bob"}]}), unpack({"users": []}), unpack({"users": "x"}))
for src in ("match x:\n    case a:\n        pass\n    case b:\n        pass\n", "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case a | b:\n        pass\n", "match x:\n    case {**r, 'k': 1}:\n        pass\n"):
    try:
        compile(src, "<match>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
match = "soft keyword"
case = 5
print(match, case)
