# raise forms: class vs instance, re-raise with bare raise, raise in except, raise non-exceptions.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise ValueError("with message", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        print("  handling, then re-raising")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
for bad in [5, "string", object, None, [ValueError]]:
    try:
        raise bad
    except TypeError as e:
        print(repr(bad) if not isinstance(bad, type) else bad.__name__, "->", type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("cannot construct")
try:
    raise BadInit
except RuntimeError as e:
    print("constructor error replaces:", type(e).__name__, e)
def raise_in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("new error in handler")
try:
    raise_in_handler()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            pass
        raise
try:
    reraise_after_other()
except KeyError as e:
    print("bare raise re-raises the one being handled:", repr(e))
err = ValueError("stored")
for attempt in range(2):
    try:
        raise err
    except ValueError as e:
        print("attempt", attempt, e is err)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise StopIteration("stop as normal exception")
except StopIteration as e:
    print(type(e).__name__, e, e.value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
