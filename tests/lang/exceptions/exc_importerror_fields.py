# ImportError(msg, name=, path=): the fields, the keyword rules and str.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = ImportError("no luck", name="mod", path="/x/mod.py")
print(e.msg, e.name, e.path, e.args, str(e), repr(e))
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)))
e = ImportError("a", "b")
print(e.msg, str(e))
print(repr(str(ImportError(5))), ImportError(5).msg)
t("bad kw", lambda: ImportError("a", x=1))
t("too many kw", lambda: ImportError("a", name=1, path=2, x=3))
e = ModuleNotFoundError("No module named 'q'", name="q")
print(type(e).__name__, e.name, e.msg, e, issubclass(ModuleNotFoundError, ImportError))
t("mnf kw", lambda: ModuleNotFoundError("a", nope=1))
e.name = "other"
e.msg = "changed"
print(e.name, e.msg, str(e))
try:
    import no_such_module_here
except ModuleNotFoundError as err:
    print(type(err).__name__, err, err.name)
class MyImp(ImportError):
    pass
print(MyImp("m", name="n").name)
