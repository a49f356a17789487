# getattr (with default), setattr, hasattr, delattr on instances, classes and builtins.
class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), getattr(C, "cls_attr"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
print(hasattr(c, "x"), hasattr(c, "nope"), hasattr(C, "x"), hasattr(C, "__init__"), hasattr(1, "real"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    delattr(c, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "cls_attr")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Weird:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("not an AttributeError")
        raise AttributeError(name)
w = Weird()
print(hasattr(w, "anything"), getattr(w, "anything", "default used"))
try:
    hasattr(w, "boom")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)
try:
    getattr(w, "boom", None)
except ValueError as e:
    print("getattr default does not hide it:", type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "append").__name__, getattr(int, "from_bytes").__name__)
setattr(C, "added", lambda self: "method added later")
print(c.added(), C.added.__name__)
delattr(C, "added")
print(hasattr(c, "added"))
try:
    getattr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "x", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
