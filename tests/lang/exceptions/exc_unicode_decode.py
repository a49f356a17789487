# UnicodeDecodeError: fields, the bytes copy of the object and its str forms.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
print(str(UnicodeDecodeError("ascii", b"ab\xe9\xe8", 2, 4, "ordinal not in range(128)")))
print(str(UnicodeDecodeError("ascii", b"x", 5, 6, "r")))
print(str(UnicodeDecodeError("ascii", b"x\xe9", 7, 2, "r")))
print(repr(UnicodeDecodeError("ascii", b"x", 0, 1, "r")))
print(UnicodeDecodeError("a", bytearray(b"xy"), 0, 1, "r").object)
print(UnicodeDecodeError("a", memoryview(b"xy"), 0, 1, "r").object)
try:
    b"abc\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err, "|", err.encoding, err.object, err.start, err.end, err.reason)
try:
    b"\xc3".decode("utf-8")
except UnicodeError as err:
    print(type(err).__name__, err)
try:
    b"\x80abc".decode("ascii")
except ValueError as err:
    print(type(err).__name__, err)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
