# An OSError subclass with its own __init__ reads its arguments there.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class NoSuper(OSError):
    def __init__(self, a, b):
        self.extra = (a, b)
e = NoSuper(2, "x")
print(type(e).__name__, e.args, e.errno, e.strerror, e.extra)
class WithSuper(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
e = WithSuper(2, "x")
print(type(e).__name__, e.args, e.errno, e.strerror, str(e))
class KwInit(OSError):
    def __init__(self, code, msg, *, tag=None):
        super().__init__(code, msg)
        self.tag = tag
e = KwInit(13, "denied", tag="t")
print(e.args, e.errno, e.tag, str(e))
class OwnNew(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
e = OwnNew(2, "x", "f")
print(type(e).__name__, e.args, e.filename)
class Both(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass
e = Both(2, "x", "f")
print(e.args, e.errno, e.filename)
class Plain(FileNotFoundError):
    pass
e = Plain(2, "x", "f")
print(type(e).__name__, e.args, e.filename, str(e))
