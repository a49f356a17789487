# Exception chaining: implicit __context__, explicit __cause__ via from, from None, attribute values.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
def suppressed():
    try:
        [].pop()
    except IndexError:
        raise LookupError("clean") from None
def show(fn):
    try:
        fn()
    except Exception as e:
        ctx, cause = e.__context__, e.__cause__
        print(fn.__name__, repr(e), "| context:", repr(ctx), "| cause:", repr(cause), "| suppress:", e.__suppress_context__)
for fn in (implicit, explicit, suppressed):
    show(fn)
def cause_different_from_context():
    try:
        raise KeyError("context")
    except KeyError:
        raise ValueError("main") from TypeError("explicit cause")
show(cause_different_from_context)
def from_class():
    raise ValueError("v") from IndexError
show(from_class)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def deep_chain():
    try:
        try:
            try:
                raise OSError("level 1")
            except OSError:
                raise KeyError("level 2")
        except KeyError:
            raise ValueError("level 3")
    except ValueError as final:
        chain = []
        cur = final
        while cur is not None:
            chain.append(repr(cur))
            cur = cur.__context__
        return chain
print(deep_chain())
def no_self_cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise a
        except ValueError as again:
            return again.__context__ is None
print("re-raising the same exception does not chain to itself:", no_self_cycle())
def context_in_finally():
    try:
        try:
            raise KeyError("in try")
        finally:
            raise ValueError("in finally")
    except ValueError as e:
        return repr(e.__context__)
print(context_in_finally())
def handled_then_new():
    try:
        raise KeyError("handled fully")
    except KeyError:
        pass
    try:
        raise ValueError("after the handler")
    except ValueError as e:
        return e.__context__
print("no context once the handler finished:", handled_then_new())
