# The builtin exception hierarchy: catching by base classes, relationships, warnings classes.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (FileNotFoundError, OSError), (TimeoutError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (BrokenPipeError, ConnectionError),
    (StopAsyncIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (DeprecationWarning, Warning),
    (Warning, Exception), (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception),
    (AssertionError, Exception), (FloatingPointError, ArithmeticError), (EOFError, Exception),
]
for sub, base in pairs:
    print(f"{sub.__name__:22} {base.__name__:20} {issubclass(sub, base)}")
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in ExceptionGroup.__mro__])
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "attr":
        return None.x
    if kind == "type":
        return 1 + "1"
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_name_here
    if kind == "assert":
        assert False, "assertion message"
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "unicode":
        return b"\xff".decode()
for kind in ["zero", "key", "index", "attr", "type", "value", "name", "assert", "overflow", "unicode"]:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__, e)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__, e)
    except ValueError as e:
        print(kind, "ValueError branch:", type(e).__name__, e)
    except Exception as e:
        print(kind, "generic branch:", type(e).__name__, e)
print(BaseException.__subclasses__() and sorted(c.__name__ for c in BaseException.__subclasses__()))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
# only the builtin ones: CPython's start-up imports add encodings.CodecRegistryError
print(sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
