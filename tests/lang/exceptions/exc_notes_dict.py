# add_note and __notes__: stored in the instance __dict__ as in CPython.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = ValueError("v")
print(hasattr(e, "__notes__"), e.__dict__)
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)
t("not str", lambda: e.add_note(3))
t("bytes", lambda: e.add_note(b"x"))
t("no arg", lambda: e.add_note())
t("two args", lambda: e.add_note("a", "b"))
f = KeyError()
f.__notes__ = "text"
t("not a list", lambda: f.add_note("z"))
f.__notes__ = ("a",)
t("tuple", lambda: f.add_note("z"))
del f.__notes__
f.add_note("fresh")
print(f.__notes__)
t("del missing", lambda: delattr(ValueError(), "__notes__"))
t("get missing", lambda: ValueError().__notes__)
class S(str):
    pass
g = TypeError()
g.add_note(S("sub"))
print(g.__notes__, type(g.__notes__[0]).__name__)
try:
    try:
        raise OSError("io")
    except OSError as err:
        err.add_note("while reading")
        raise
except OSError as err:
    print(err.__notes__)
