# try/except forms: tuples of classes, order of handlers, bare except, handler variable unbinding, nested re-raise.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except ValueError as e:
        return "value " + str(e)
    except Exception as e:
        return "other " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
for exc in [KeyError("k"), IndexError, ZeroDivisionError, OverflowError("o"), ValueError("v"), UnicodeDecodeError("utf-8", b"x", 0, 1, "r"),
            TypeError(), KeyboardInterrupt(), SystemExit(3), GeneratorExit()]:
    print(classify(exc))
def bare():
    try:
        raise RuntimeError("bare")
    except:
        return "bare caught"
print(bare())
excs = (TypeError, ValueError)
try:
    int("x")
except excs as e:
    print("tuple variable", type(e).__name__)
nested_tuple = ((KeyError,), (ValueError,))
try:
    try:
        raise KeyError(1)
    except nested_tuple:
        print("nested tuple matched")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError(1)
    except [KeyError]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError(1)
    except "KeyError":
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except ValueError:
        print("not here")
except ZeroDivisionError:
    print("propagated to outer")
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def handler_reraise():
    try:
        raise KeyError("inner")
    except KeyError as exc:
        raise exc
try:
    handler_reraise()
except KeyError as e:
    print("re-raised", e)
class Custom(Exception):
    pass
class SubCustom(Custom):
    pass
try:
    raise SubCustom("sub")
except Custom as e:
    print("base handler got", type(e).__name__, e.args)
try:
    raise Custom
except Custom as e:
    print(repr(e), e.args, str(e) == "")
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(UnicodeError, ValueError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(OSError, Exception))
print(IOError is OSError, EnvironmentError is OSError, [c.__name__ for c in NotImplementedError.__mro__])
try:
    raise ValueError("a", 2, None)
except ValueError as e:
    print(e, e.args, repr(e))
print(str(KeyError("k")), str(KeyError("k", "v")), repr(KeyError()), str(KeyError()), str(OSError(2, "msg")))
print(str(Exception()), str(Exception("x")), str(Exception(1, 2)), repr(Exception("y",)), str(ValueError(None)))
def in_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError
            if i == 2:
                continue
            out.append(i)
        except ValueError:
            out.append("v")
            continue
        finally:
            out.append("f")
    return out
print(in_loop())
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise
    finally:
        print("finally before propagating")
except TypeError as e:
    print("outer", e)
def exc_info_like():
    try:
        raise KeyError("x")
    except KeyError as e:
        return e.__traceback__ is not None, type(e.__traceback__).__name__
print(exc_info_like())
