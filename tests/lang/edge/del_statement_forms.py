# del statement: names, attributes, subscripts, slices, tuples of targets, and the errors each raises.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
b, c, d = 1, 2, 3
del b, c
print(d, "b" in globals(), "c" in globals())
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
del (lst[0]), [lst[0]]
print(lst)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x, o.y
print(vars(o))
try:
    del o.z
except AttributeError as e:
    print(type(e).__name__, e)
dct = {"k": 1, "j": 2}
del dct["k"]
try:
    del dct["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(dct)
def local_del():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 2
    return v
print(local_del())
def del_in_loop():
    for i in range(3):
        tmp = i
        del tmp
    return "ok"
print(del_in_loop())
def del_param(p):
    del p
    try:
        return p
    except UnboundLocalError as e:
        return type(e).__name__
print(del_param(1))
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
g = 5
def del_global():
    global g
    del g
del_global()
print("g" in globals())
def del_nonlocal():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())
try:
    del [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s.upper
except AttributeError as e:
    print(type(e).__name__, e)
for src in ["del f()", "del 1", "del (a, b) + c", "del *a", "del a if b else c", "del [a, (b, c)]"]:
    try:
        compile(src, "<d>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
x = [1, 2, 3]
y = x
del x
print(y)
class WithDel:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, name):
        print("delattr", name)
w = WithDel()
del w[1:2, 3], w.anything
del w["a"], w[0]
