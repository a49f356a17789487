# Subclasses whose __init__ skips super().__init__ still get args from __new__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuper(1, 2)
print(e.args, e.total, str(e), repr(e))
class Later(Exception):
    def __init__(self, x):
        super().__init__("changed")
print(Later(5).args)
class Custom(KeyError):
    def __init__(self, key):
        self.key = key
print(str(Custom("k")), Custom("k").args)
class Stop(StopIteration):
    def __init__(self, v):
        pass
print(Stop(3).args, Stop(3).value)
class Exit(SystemExit):
    def __init__(self):
        pass
print(Exit().args, Exit().code)
class Imp(ImportError):
    def __init__(self, *a):
        pass
i = Imp("m")
print(i.args, i.msg, i.name, str(i))
class Syn(SyntaxError):
    def __init__(self, *a):
        pass
s = Syn("m", ("f", 1, 2, "t"))
print(s.args, s.msg, s.lineno, str(s))
class Deep(NoSuper):
    pass
print(Deep(3, 4).args, Deep(3, 4).total)
try:
    raise NoSuper(5, 6)
except Exception as err:
    print(type(err).__name__, err.args, err.total)
