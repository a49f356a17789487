# Exception objects as ordinary values: stored, compared, pickled-free copying of args, raised later.
errors = [ValueError("a"), ValueError("a"), KeyError("k"), TypeError()]
print(errors[0] == errors[1], errors[0] is errors[1], errors[0].args == errors[1].args)
print([type(e).__name__ for e in errors], [str(e) for e in errors])
by_type = {}
for e in errors:
    by_type.setdefault(type(e), []).append(e)
print({t.__name__: len(v) for t, v in by_type.items()})
def make(kind, msg):
    return {"value": ValueError, "key": KeyError, "type": TypeError}[kind](msg)
for kind in ["value", "key", "type"]:
    err = make(kind, f"{kind} problem")
    try:
        raise err
    except (ValueError, KeyError) as caught:
        print("caught", repr(caught), caught is err)
    except TypeError as caught:
        print("type branch", repr(caught))
exc_class = IndexError
try:
    raise exc_class("from a variable")
except LookupError as e:
    print(repr(e))
classes = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except classes as e:
    print("caught via tuple variable:", type(e).__name__)
def handler_list():
    handlers = [KeyError, IndexError]
    try:
        [][0]
    except tuple(handlers) as e:
        return type(e).__name__
print(handler_list())
e = RuntimeError("copy me", 1)
clone = type(e)(*e.args)
print(repr(clone), clone.args == e.args, clone is e)
print(isinstance(ValueError, type), issubclass(ValueError, BaseException), callable(ValueError))
print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        stored = first
    raise stored
except ValueError as again:
    print("raised again later:", repr(again), again is stored)
bad_handlers = "not a class"
try:
    try:
        raise ValueError("x")
    except bad_handlers:
        pass
except TypeError as e:
    print(type(e).__name__, e)
