# __suppress_context__: a bool attribute, set by raise ... from.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = RuntimeError()
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
t("int", lambda: setattr(e, "__suppress_context__", 1))
t("None", lambda: setattr(e, "__suppress_context__", None))
t("del", lambda: delattr(e, "__suppress_context__"))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as err:
    print(err.__cause__, err.__suppress_context__, type(err.__context__).__name__)
try:
    raise ValueError("w") from KeyError()
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__)
