# match: mapping patterns, **rest, key presence vs value, get() is used, non-mappings.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "empty-ish mapping"
    return "not a mapping"
events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "extra": True},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))
def rest_capture(m):
    match m:
        case {"a": 1, **rest}:
            return rest
print(rest_capture({"a": 1, "b": 2, "c": 3}), rest_capture({"a": 1}), rest_capture({"a": 2}))
class Tracking(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
    def __getitem__(self, key):
        print("  getitem", key)
        return super().__getitem__(key)
match Tracking(x=1, y=2):
    case {"x": 1, "y": 2}:
        print("matched Tracking")
class WithMissing(dict):
    def __missing__(self, key):
        return "from __missing__"
match WithMissing():
    case {"anything": v}:
        print("matched via missing", v)
    case _:
        print("__missing__ is not used by mapping patterns")
def value_patterns(m):
    match m:
        case {1: "one", 2.0: "two"}:
            return "numeric keys"
        case {None: v}:
            return f"None key -> {v}"
        case {"nested": {"deep": [*items]}}:
            return f"deep items {items}"
print(value_patterns({1: "one", 2: "two"}), value_patterns({None: 5}), value_patterns({"nested": {"deep": [1, 2]}}))
print(value_patterns({True: "one", 2: "two"}))
match {"k": None}:
    case {"k": None}:
        print("value None matched")
match {}:
    case {"k": _}:
        print("never")
    case {**rest}:
        print("only rest", rest)
