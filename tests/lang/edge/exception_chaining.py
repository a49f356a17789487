# Exception chaining: __context__, __cause__, __suppress_context__, raise from None, re-raise and traceback-free checks.
def chain(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(parts)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(chain(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise TypeError("explicit") from ke
except TypeError as e:
    print(chain(e), e.__suppress_context__, e.__cause__ is e.__context__)
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(chain(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(chain(e), e.__context__)
try:
    raise KeyError("cls cause") from ValueError
except KeyError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise KeyError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised", e, e.__context__)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("one")
    except ValueError as e1:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
except KeyError as e:
    print(chain(e))
try:
    try:
        raise ValueError("inner")
    finally:
        raise OSError("from finally")
except OSError as e:
    print(chain(e))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, chain(e))
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def handler_sees_current():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise KeyError("k")
        except KeyError as inner:
            return type(inner.__context__).__name__
print(handler_sees_current())
try:
    try:
        raise ValueError("same")
    except ValueError as same:
        raise same
except ValueError as e:
    print("self-raise context:", e.__context__)
err_var_deleted = True
try:
    raise ValueError("x")
except ValueError as gone:
    pass
try:
    gone
except NameError as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    try:
        raise MyErr(3)
    except MyErr as m:
        raise MyErr(m.code + 1) from m
except MyErr as e:
    print(e.code, e, e.__cause__.code, e.args)
