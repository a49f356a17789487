# Bound builtin methods ([].append): __self__, __name__, __qualname__, __module__, equality and hashing.
lst = [1, 2]
app = lst.append
print(type(app).__name__, app.__name__, app.__qualname__, app.__self__ is lst, app.__module__)
s = "text"
up = s.upper
print(up.__qualname__, up.__self__, up(), up.__doc__)
print(up.__text_signature__)
d = {}
print(d.get.__qualname__, d.setdefault.__name__, d.get.__self__ is d)
class L(list):
    pass
obj = L()
print(obj.append.__qualname__, obj.append.__self__ is obj)
print(lst.append == lst.append, lst.append is lst.append, [].append == [].append)
print(lst.append != lst.pop, lst.append == list.append)
print(hash(lst.append) == hash(lst.append))
a, b = "x", "y"
print(a.upper == b.upper, a.upper == a.upper)
print({lst.append: 1}[lst.append])
try:
    app.__self__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    app.__qualname__ = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    app.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    lst.append < lst.append
except TypeError as e:
    print(type(e).__name__, e)
print(lst.append.__eq__(1), lst.append.__lt__(lst.append))
app(3)
app(4)
print(lst, [].append(1), callable(app))
print(lst.append.__reduce__()[1][1], str(lst.__len__.__name__))
