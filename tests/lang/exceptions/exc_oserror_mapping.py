# OSError(errno, msg) picks the subclass of a known errno; subclasses never remap.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for n in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 22, 999, -1, 0):
    e = OSError(n, "m")
    print(n, type(e).__name__, e.errno)
print(type(OSError(2)).__name__, type(OSError(2, "a", "b", 1, "c", 6)).__name__)
print(type(OSError(True, "x")).__name__, type(OSError(2.0, "x")).__name__, type(OSError("2", "x")).__name__)
print(type(OSError(10**30, "x")).__name__)
print(type(FileNotFoundError(13, "x")).__name__, type(PermissionError(2, "x")).__name__)
print(OSError is IOError, OSError is EnvironmentError)
print(isinstance(OSError(2, "x"), OSError), issubclass(BrokenPipeError, ConnectionError))
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e)
