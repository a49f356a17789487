# OSError.__reduce__ puts the filenames back into the arguments.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(OSError(2, "x").__reduce__())
print(OSError(2, "x", "f").__reduce__())
print(OSError(2, "x", "f", None, "g").__reduce__())
print(OSError("only").__reduce__())
print(OSError().__reduce__())
e = OSError(13, "denied", "p")
e.note = "n"
print(e.__reduce__())
cls, args = OSError(2, "x", "f").__reduce__()
again = cls(*args)
print(type(again).__name__, again.filename, again.args)
print(BlockingIOError(11, "x", 4).__reduce__())
