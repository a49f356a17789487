# Docstrings, module and the old OSError aliases of the builtin exceptions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for cls in (BaseException, Exception, ValueError, TypeError, KeyError, OSError, FileNotFoundError, SyntaxError, UnicodeDecodeError, StopIteration, SystemExit, UserWarning, DeprecationWarning, NotImplementedError, RecursionError, ZeroDivisionError):
    print(cls.__name__, cls.__module__, repr(cls.__doc__))
print(IOError.__name__, EnvironmentError.__name__, IOError is OSError)
print(repr(BaseException.__dict__["args"]))
print(repr(StopIteration.__dict__["value"]), repr(OSError.__dict__["errno"]))
print(ValueError.__mro__)
print(FileNotFoundError.__mro__)
print(UnicodeDecodeError.__mro__)
print(ModuleNotFoundError.__base__, TabError.__base__, BrokenPipeError.__base__)
