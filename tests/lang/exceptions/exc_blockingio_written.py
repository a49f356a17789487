# BlockingIOError.characters_written: the third argument when numeric.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = BlockingIOError(11, "would block", 5)
print(e.characters_written, e.args, e.filename, str(e))
e = BlockingIOError(11, "would block")
t("unset", lambda: e.characters_written)
e.characters_written = 3
print(e.characters_written)
del e.characters_written
t("after del", lambda: e.characters_written)
t("del again", lambda: delattr(e, "characters_written"))
t("set str", lambda: setattr(e, "characters_written", "a"))
t("float arg", lambda: BlockingIOError(11, "x", 5.5))
e = BlockingIOError(11, "x", "name.txt")
print(e.filename, e.args)
t("named unset", lambda: e.characters_written)
print(type(OSError(11, "x", 5)).__name__, OSError(11, "x", 5).characters_written)
class B(BlockingIOError):
    pass
b = B(11, "x", 5)
print(b.filename, b.args)
t("subclass written", lambda: b.characters_written)
t("OSError written", lambda: OSError(1, "x").characters_written)
