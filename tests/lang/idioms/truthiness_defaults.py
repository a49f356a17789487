# Truthiness idioms: empty containers, `or` defaults, `and` guards, None checks, custom __bool__/__len__.
values = [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False,
          1, -1, 0.1, " ", b"\0", [0], (None,), {"": 0}, {0}, range(1), True, object]
print([bool(v) for v in values])
print([type(v).__name__ for v in values if not v])
name = ""
print(name or "anonymous", None or [] or {} or "last", 0 or None, "x" or "y", [] or 0)
user = {"name": "ann", "tags": []}
print(user.get("nick") or user["name"], user["tags"] or ["untagged"], len(user["tags"] or "ab"))
items = [3, 0, 5]
print(items and items[0], [] and [][0], None and None.attr, 0 and 1 / 0)
def greet(who=None):
    who = who if who is not None else "world"
    return f"hello {who}"
print(greet(), greet(""), greet("bob"), greet(0))
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Box([])), bool(Box([1])), bool(Flag(True)), bool(Flag(False)), bool(Both()), len(Both()))
print("yes" if Box([]) else "no", [x for x in (Box([]), Box([0]), Flag(False)) if x].__len__())
class BadBool:
    def __bool__(self):
        return "yes"
class BadLen:
    def __len__(self):
        return -1
class HugeLen:
    def __len__(self):
        return 2 ** 100
for obj in (BadBool(), BadLen(), HugeLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("in if:", type(e).__name__, e)
print(not [], not [0], not not "x", [] == False, bool([]) == False, 0 == False, "" == False)
data = {"a": 0, "b": None, "c": "", "d": "value"}
print([k for k, v in data.items() if v], [k for k, v in data.items() if v is not None], [k for k in data if data[k] is None])
def first_truthy(*args, default=None):
    return next((a for a in args if a), default)
print(first_truthy(0, "", [], "found", "later"), first_truthy(0, None), first_truthy(default="d"))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
result = bump() or bump()
print(result, counter)
result = 0 and bump()
print(result, counter)
x = None
x = x or []
x.append(1)
print(x, all([]), any([]), all([[]]), any([[], [0]]))
print(bool(float("nan")), bool(-0.0), bool(0.0 + 0j), bool(1e-300 * 1e-300), bool("False"), bool("0"), bool(b"\x00"))
print(1 if [] else 2, 3 if [[]] else 4, "nonempty" if {None} else "empty", {} is not None)
while_count = 0
pending = [1, 2, 3]
while pending:
    pending.pop()
    while_count += 1
print(while_count, pending or "drained")
