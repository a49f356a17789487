# __context__, __cause__ and __traceback__ setters: type checks and messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = ValueError("v")
for attr in ("__context__", "__cause__", "__traceback__"):
    t(attr + " int", lambda: setattr(e, attr, 5))
    t(attr + " del", lambda: delattr(e, attr))
    t(attr + " None", lambda: setattr(e, attr, None))
    t(attr + " class", lambda: setattr(e, attr, KeyError))
e.__context__ = KeyError("k")
print(repr(e.__context__), e.__suppress_context__)
e.__cause__ = TypeError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as err:
    print(err)
try:
    raise 5
except TypeError as err:
    print(err)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__, type(err.__traceback__).__name__)
