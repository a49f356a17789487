# str() and repr() of exceptions with zero, one and several arguments.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for cls in (Exception, ValueError, TypeError, RuntimeError, ZeroDivisionError, LookupError, Warning, UserWarning, GeneratorExit):
    print(cls.__name__, repr(str(cls())), repr(str(cls("m"))), repr(str(cls("a", 2))))
    print(repr(cls()), repr(cls("m")), repr(cls("a", 2)), repr(cls(None)))
print(str(ValueError(ValueError("inner"))), repr(ValueError(ValueError("inner"))))
print(str(Exception([1, 2])), str(Exception((1, 2))), repr(Exception((1,))))
class Mine(Exception):
    pass
print(str(Mine("x")), repr(Mine("x")), repr(Mine()), repr(Mine(1, 2)))
class WithStr(Exception):
    def __str__(self):
        return "custom"
print(str(WithStr("a")), repr(WithStr("a")))
print(f"{ValueError('fmt')}", "%s" % ValueError("pct"), format(ValueError("f2")))
