# UnicodeTranslateError(object, start, end, reason): no encoding.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = UnicodeTranslateError("x\u1234", 1, 2, "no mapping")
print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
print(str(e))
print(str(UnicodeTranslateError("x\u1234", 0, 2, "r")))
print(str(UnicodeTranslateError("\xe9", 0, 1, "r")))
print(str(UnicodeTranslateError("\U00010000", 0, 1, "r")))
print(repr(e))
t("encoding arg", lambda: UnicodeTranslateError("enc", "x", 0, 1, "r"))
t("bytes obj", lambda: UnicodeTranslateError(b"x", 0, 1, "r"))
print(isinstance(e, UnicodeError))
