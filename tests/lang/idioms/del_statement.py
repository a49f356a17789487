# del statement idioms: names, list items and slices, dict keys, attributes, multiple targets, and their errors.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
items = list(range(10))
del items[0]
del items[-1]
del items[2:4]
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "class"
o = Obj()
o.a, o.b = 1, 2
del o.a
print(vars(o), hasattr(o, "a"))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
p, q, r = 1, [1, 2, 3], {"k": "v"}
del p, q[0], r["k"]
print(q, r, "p" in dir())
a = b = [1, 2]
del a
print(b)
def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
nested = {"x": [1, {"y": 2, "z": 3}]}
del nested["x"][1]["y"]
print(nested)
matrix = [[1, 2], [3, 4]]
del matrix[0][1], matrix[1]
print(matrix)
for bad in ("del 5", "del f()", "del (a + b)", "del [x, y]"):
    try:
        compile(bad, "<del>", "exec")
        print(bad, "compiles")
    except SyntaxError as e:
        print(bad, "->", type(e).__name__, e.msg)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
class Guarded:
    def __init__(self):
        self.value = 1
    def __delattr__(self, name):
        if name == "value":
            raise AttributeError("value is protected")
        super().__delattr__(name)
    def __delitem__(self, key):
        print("deleting item", key)
g = Guarded()
g.other = 2
del g.other
try:
    del g.value
except AttributeError as e:
    print(type(e).__name__, e)
del g[1:3], g["k"]
ys = [1, 2, 3]
for i in range(len(ys) - 1, -1, -1):
    if ys[i] % 2:
        del ys[i]
print(ys)
z = 10
def uses_global():
    global z
    del z
uses_global()
print("z" in globals())
try:
    uses_global()
except NameError as e:
    print(type(e).__name__, e)
