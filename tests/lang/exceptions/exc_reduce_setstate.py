# BaseException.__reduce__ and __setstate__ (the pickle protocol without pickle).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(ValueError(1).__reduce__())
print(ValueError().__reduce__())
print(Exception(1, "a").__reduce__())
e = ValueError(1, 2)
e.a = 1
print(e.__reduce__())
class Mine(Exception):
    def __init__(self, a, b=2):
        self.a = a
print(Mine(1, b=3).__reduce__())
x = ValueError()
x.__setstate__({"a": 1, "b": 2})
print(x.a, x.b, x.__dict__)
print(x.__setstate__(None))
t("not dict", lambda: ValueError().__setstate__(5))
t("bad key", lambda: ValueError().__setstate__({1: 2}))
cls, args, state = e.__reduce__()
copy = cls(*args)
copy.__setstate__(state)
print(type(copy).__name__, copy.args, copy.a)
print(StopIteration(5).__reduce__(), SystemExit(2).__reduce__(), KeyError("k").__reduce__())
print(SyntaxError("m", ("f", 1, 2, "t")).__reduce__())
