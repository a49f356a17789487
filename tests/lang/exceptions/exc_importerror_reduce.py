# ImportError.__reduce__ carries name and path in its state dict.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(ImportError("a").__reduce__())
print(ImportError("a", name="n").__reduce__())
print(ImportError("a", name="n", path="p").__reduce__())
print(ImportError("a", path=None).__reduce__())
e = ImportError("a", name="n")
e.extra = 1
print(e.__reduce__())
print(ModuleNotFoundError("m", name="x").__reduce__())
cls, args, state = ImportError("z", name="nm", path="pp").__reduce__()
r = cls(*args)
for k, v in state.items():
    setattr(r, k, v)
print(r.name, r.path, r.msg)
