# OSError's fields and how a filename shortens args.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = OSError(2, "msg", "f", None, "g")
print(e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError(2, "msg", "f", 123)
print(e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError(2, "msg")
print(e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError(2)
print(e.errno, e.strerror, e.filename, e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.errno, e.strerror, e.filename, e.args)
e = OSError(2, "msg", None)
print(e.filename, e.args)
t("kw", lambda: OSError(2, x=1))
t("sub kw", lambda: FileNotFoundError(2, "x", k=1))
e = OSError(2, "x")
e.__init__(3, "y", "z")
print(e.errno, e.args, e.filename)
print(OSError.__new__(OSError, 2, "x"))
t("new kw", lambda: OSError.__new__(OSError, 2, "x", k=2))
e.errno = "anything"
print(e.errno)
del e.errno
print(e.errno)
