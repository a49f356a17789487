# The Unicode errors' constructor checks and their start/end attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("few", lambda: UnicodeEncodeError("a"))
t("enc not str", lambda: UnicodeEncodeError(1, "x", 0, 1, "r"))
t("obj not str", lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"))
t("obj not bytes", lambda: UnicodeDecodeError("a", "x", 0, 1, "r"))
t("start str", lambda: UnicodeDecodeError("a", b"x", "s", 1, "r"))
t("start float", lambda: UnicodeDecodeError("a", b"x", 1.0, 1, "r"))
t("reason bytes", lambda: UnicodeDecodeError("a", b"x", 0, 1, b"r"))
t("reason None", lambda: UnicodeDecodeError("a", b"x", 0, 1, None))
t("kw", lambda: UnicodeDecodeError("a", b"x", 0, 1, "r", x=1))
t("huge", lambda: UnicodeDecodeError("a", b"x", 10**30, 1, "r"))
t("bool start", lambda: UnicodeDecodeError("a", b"x", True, 1, "r").start)
e = UnicodeDecodeError("ascii", b"x\xe9", 1, 2, "r")
t("set str", lambda: setattr(e, "start", "x"))
t("del", lambda: delattr(e, "start"))
t("set huge", lambda: setattr(e, "end", 10**30))
e.start = True
print(e.start, type(e.start).__name__)
e.end = -5
print(e.end, str(e))
u = UnicodeEncodeError.__new__(UnicodeEncodeError)
print(repr(str(u)), u.encoding, u.object, u.start, u.end, u.args)
print(UnicodeError("a", 1).args, str(UnicodeError("plain")))
print(UnicodeDecodeError("ascii", b"x", 0, 1, "r").__reduce__())
