# Keyword arguments: rejected by the builtin __init__, fine for subclasses with their own.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for cls in (Exception, ValueError, TypeError, KeyError, StopIteration, SystemExit, SyntaxError, OSError, UnicodeError, RuntimeError):
    t(cls.__name__, lambda: cls("a", k=1))
class Plain(Exception):
    pass
t("Plain", lambda: Plain(k=1))
class Own(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code
e = Own("m", code=3)
print(e.args, e.code, str(e))
class OwnNoSuper(ValueError):
    def __init__(self, a, **kw):
        self.kw = kw
e = OwnNoSuper(1, x=2)
print(e.args, e.kw, repr(e))
class OwnNew(Exception):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)
t("OwnNew", lambda: OwnNew(1, k=2))
print(BaseException.__new__(ValueError, 1, 2, x=3).args)
t("new non-type", lambda: BaseException.__new__(5))
t("new non-exc", lambda: BaseException.__new__(int))
t("ImportError ok", lambda: ImportError("a", name="n").name)
t("NameError ok", lambda: NameError("a", name="n").name)
t("AttributeError ok", lambda: AttributeError("a", obj=1).obj)
