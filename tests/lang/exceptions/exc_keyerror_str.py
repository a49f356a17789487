# KeyError shows the repr of a single key; other arities act as BaseException.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(repr(str(KeyError())), str(KeyError("a")), str(KeyError(1)), str(KeyError("")))
print(str(KeyError("a", "b")), repr(KeyError("a")), repr(KeyError()))
print(str(KeyError(("t", 1))), str(KeyError(None)), str(KeyError(KeyError("x"))))
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(e, e.args)
class K(KeyError):
    pass
print(str(K("k")), repr(K("k")))
t("kw", lambda: KeyError(x=1))
print(issubclass(KeyError, LookupError), isinstance(KeyError(), LookupError))
