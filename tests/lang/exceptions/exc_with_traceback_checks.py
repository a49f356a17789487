# with_traceback: returns self, accepts None or a traceback only.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = ValueError("v")
print(e.with_traceback(None) is e, e.__traceback__)
t("int", lambda: e.with_traceback(5))
t("no arg", lambda: e.with_traceback())
try:
    raise KeyError("k")
except KeyError as err:
    tb = err.__traceback__
print(type(tb).__name__)
r = e.with_traceback(tb)
print(r is e, e.__traceback__ is tb)
e.__traceback__ = None
print(e.__traceback__)
e.__traceback__ = tb
print(e.__traceback__ is tb)
try:
    raise ValueError("again").with_traceback(tb)
except ValueError as err:
    print(err.__traceback__ is not None, err.__traceback__.tb_next is tb)
