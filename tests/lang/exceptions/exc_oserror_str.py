# OSError's str forms: [Errno N] msg, with one filename and with two.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(str(OSError()), "|", str(OSError("just")), "|", str(OSError(1)))
print(str(OSError(2, "No such file")))
print(str(OSError(2, "No such file", "missing.txt")))
print(str(OSError(2, "No such file", "a.txt", None, "b.txt")))
print(str(OSError(2, "x", None, None, "b")), OSError(2, "x", None, None, "b").filename2)
print(str(OSError("a", "b")), str(OSError(None, None, "f")))
print(str(OSError(1, 2, 3, 4, 5, 6)))
print(str(OSError(2, "x", b"bytes-name")), str(OSError(2, "x", 7)))
print(repr(OSError(2, "x", "f")), repr(OSError(5, "io")), repr(OSError()))
e = OSError(5, "Input/output error")
e.filename = "dev"
print(str(e))
e.filename2 = "dev2"
print(str(e))
e.strerror = "changed"
e.errno = 99
print(str(e), e.args)
