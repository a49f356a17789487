# BaseException.args: tuple conversion on set, no deletion, kept by __new__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = ValueError(1, 2)
print(e.args, type(e.args).__name__)
e.args = [3, 4]
print(e.args, str(e), repr(e))
e.args = "ab"
print(e.args)
t("set int", lambda: setattr(e, "args", 5))
t("set None", lambda: setattr(e, "args", None))
t("del", lambda: delattr(e, "args"))
e.args = ()
print(repr(str(e)), repr(e))
e.args = (1,)
print(str(e), repr(e))
g = (x for x in range(3))
e.args = g
print(e.args)
print(Exception().args, BaseException("x").args)
