# Where the group types sit in the hierarchy, and how plain except clauses see groups.
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print([c.__name__ for c in ExceptionGroup.__bases__], BaseExceptionGroup.__base__.__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
eg = ExceptionGroup("e", [ValueError()])
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(beg, Exception))
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, ExceptionGroup.__module__)
print(BaseExceptionGroup.__doc__)
print(sorted(k for k in vars(BaseExceptionGroup) if not k.startswith("__") or k == "__str__"))
print(ExceptionGroup[ValueError], BaseExceptionGroup[int])

def catch(exc):
    try:
        raise exc
    except ValueError:
        return "ValueError"
    except ExceptionGroup as g:
        return "ExceptionGroup " + g.message
    except Exception:
        return "Exception"
    except BaseExceptionGroup as g:
        return "BaseExceptionGroup " + g.message
    except BaseException:
        return "BaseException"
print(catch(eg), "|", catch(beg), "|", catch(ValueError()), "|", catch(SystemExit()))

class Sub(ExceptionGroup):
    pass
class Mixin:
    def describe(self):
        return "mixin on " + self.message
class Mixed(BaseExceptionGroup, Mixin, LookupError):
    pass
print([c.__name__ for c in Sub.__mro__])
print([c.__name__ for c in Mixed.__mro__])
m = Mixed("mixed", [ValueError(1)])
print(type(m).__name__, isinstance(m, LookupError), repr(m), str(m), m.describe())
try:
    Mixed("mixed", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise Sub("sub", [TypeError()])
except ExceptionGroup as g:
    print("caught", type(g).__name__, g)
