# del: names, list items and slices, dict keys, attributes, multiple targets, errors after deletion.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
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
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
p, q, r = 1, 2, 3
del p, q
print("r" in globals(), "p" in globals())
x1, x2 = [1], [2]
del (x1, x2)
print("x1" in globals())
items = [[1, 2], [3, 4]]
del items[0][1], items[1]
print(items)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())
def del_then_reassign():
    v = 1
    del v
    v = 2
    return v
print(del_then_reassign())
def del_global():
    global gvar
    del gvar
gvar = "exists"
del_global()
print("gvar" in globals())
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
for src in ["del 1", "del f()", "del a + b", "del (a, [b, c])", "del *a", "del [a, b]"]:
    try:
        compile(src, "<del>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
class Custom:
    def __delitem__(self, key):
        print("__delitem__", key)
    def __delattr__(self, name):
        print("__delattr__", name)
c = Custom()
del c[1:2], c["k"], c.attr
