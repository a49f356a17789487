# UnicodeEncodeError: the character forms \x \u \U and the range form.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(str(UnicodeEncodeError("ascii", "x\xe9", 1, 2, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "x\u20ac", 1, 2, "r")))
print(str(UnicodeEncodeError("ascii", "x\U0001f600", 1, 2, "r")))
print(str(UnicodeEncodeError("latin-1", "abc\u20ac\u20acd", 3, 5, "r")))
print(str(UnicodeEncodeError("ascii", "x\xe9", 5, 9, "r")))
e = UnicodeEncodeError("ascii", "x\xe9", 1, 2, "r")
print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    "caf\xe9".encode("ascii")
except UnicodeEncodeError as err:
    print(err, "|", err.start, err.end, repr(err.object))
try:
    "ab\u20ac\u20ac".encode("latin-1")
except UnicodeEncodeError as err:
    print(err)
e.reason = 5
e.encoding = 7
print(str(e))
e.start = 0
e.end = 2
print(str(e))
