# Type checks vs duck typing: isinstance with tuples, type() identity, EAFP vs LBYL, hasattr/getattr/callable.
values = [1, 2.5, True, "s", b"b", [1], (1,), {1: 2}, {1}, None, len, int, 3j]
for v in values:
    kinds = [t.__name__ for t in (int, float, bool, str, bytes, list, tuple, dict, set, type, object) if isinstance(v, t)]
    print(f"{type(v).__name__:<25} {kinds}")
print(isinstance(True, int), type(True) is int, type(True) == bool, issubclass(bool, int), issubclass(int, object))
print(isinstance(5, (str, (float, int))), isinstance([], ()), issubclass(list, (tuple, list)))
for bad in (lambda: isinstance(5, 5), lambda: issubclass(5, int), lambda: isinstance(5, [int])):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def total_length(items):
    total = 0
    for item in items:
        try:
            total += len(item)
        except TypeError:
            total += 1
    return total
print(total_length(["abc", [1, 2], 5, None, {"k": 1}, range(4)]))
def describe(obj):
    if hasattr(obj, "__iter__") and not isinstance(obj, (str, bytes)):
        return f"iterable of {sum(1 for _ in obj)}"
    if callable(obj):
        return "callable"
    return f"scalar {obj!r}"
print([describe(x) for x in ([1, 2], "text", len, 4, {1, 2, 3}, lambda: 0, (x for x in range(2)))])
class Duck:
    def quack(self):
        return "Quack!"
class Robot:
    def quack(self):
        return "beep-quack"
class Dog:
    def bark(self):
        return "Woof"
for animal in (Duck(), Robot(), Dog()):
    speak = getattr(animal, "quack", None)
    print(type(animal).__name__, speak() if speak else "cannot quack", hasattr(animal, "bark"))
def call_method(obj, name, *args):
    try:
        method = getattr(obj, name)
    except AttributeError as e:
        return f"{type(e).__name__}: {e}"
    return method(*args)
print(call_method("abc", "upper"), call_method([3, 1], "index", 1), call_method(5, "nope"), call_method(None, "x"))
print(getattr(str, "join") is str.join, getattr(1, "real"), getattr([], "append").__name__, callable(getattr(3, "__add__")))
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Flexible:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
f = Flexible()
print(f.get_color(), hasattr(f, "get_x"), hasattr(f, "other"), getattr(f, "other", "default"))
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Meta):
    pass
print(isinstance(Duck(), Quacker), isinstance(Dog(), Quacker), issubclass(Robot, Quacker), issubclass(Dog, Quacker))
print(type(1) == type(2), type("a") is str, type(type) is type, type(None).__name__, type(print).__name__, type(Duck.quack).__name__, type(Duck().quack).__name__)
print(callable(Duck), callable(Duck()), callable(None), callable(print), callable(type), callable(lambda: 1))
class CallMe:
    def __call__(self, x):
        return x + 1
print(callable(CallMe()), CallMe()(1), list(map(CallMe(), [1, 2])))
def safe_int(x, default=None):
    try:
        return int(x)
    except (TypeError, ValueError):
        return default
print([safe_int(v, -1) for v in ("12", "x", None, 3.9, "  5", [], True)])
config = {"port": "8080", "debug": "yes"}
port = int(config["port"]) if "port" in config and config["port"].isdigit() else 80
timeout = config.get("timeout", 30)
print(port, timeout, config.get("debug") in ("yes", "true", "1"))
