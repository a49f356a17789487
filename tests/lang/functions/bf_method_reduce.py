# __reduce__ of builtin functions, bound builtin methods and method descriptors (what pickle would use).
print(len.__reduce__(), abs.__reduce__(), print.__reduce__())
lst = [1]
r = lst.append.__reduce__()
print(r[0] is getattr, r[1][0] is lst, r[1][1])
r = "ab".upper.__reduce__()
print(r[0] is getattr, r[1])
r = str.upper.__reduce__()
print(r[0] is getattr, r[1])
r = dict.fromkeys.__reduce__()
print(r[0] is getattr, r[1])
r = complex.__dict__["real"].__reduce__()
print(r[0] is getattr, r[1])
f, args = lst.append.__reduce__()
f(*args)(2)
print(lst)
print(str.maketrans.__reduce__())
def show(fn):
    try:
        print(repr(fn()))
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: len.__reduce__(1))
show(lambda: str.upper.__reduce__(1))
