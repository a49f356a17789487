# print() idioms: sep/end/flush, printing many values, star-unpacking, file=None, and str() of common objects.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print(*range(5))
print(*range(5), sep="\n", end="\n--\n")
print(*"xyz", sep="-")
print(*[], sep="ignored")
print("", end="")
print(1, 2.0, 3j, None, True, [1], (2,), {3: 4}, {5}, "s", b"b", sep=" | ")
print("multi\nline", "tab\tsep")
print("x", sep=None, end=None)
print("y", file=None)
print("flushed", flush=True)
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
rows = [("a", 1), ("bb", 22), ("ccc", 333)]
for name, num in rows:
    print(name.ljust(5), str(num).rjust(4), sep="|")
print(*(f"{n}={v}" for n, v in rows), sep="; ")
print("%s has %d" % rows[0], "{} has {}".format(*rows[1]), f"{rows[2][0]} has {rows[2][1]}")
class Obj:
    def __str__(self):
        return "Obj.__str__"
    def __repr__(self):
        return "Obj.__repr__"
print(Obj(), [Obj()], (Obj(),), {"k": Obj()}, str(Obj()), repr(Obj()))
for bad in (lambda: print(sep=1), lambda: print(end=[]), lambda: print(file=5), lambda: print(flush="x", end=""), lambda: print(foo=1)):
    try:
        bad()
        print()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("to", "writer", sep="+", end="!", file=w)
print(file=w)
print("x", file=w, flush=True)
print(w.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        raise ValueError("cannot stringify")
try:
    print("before", BadStr(), "after")
except ValueError as e:
    print(type(e).__name__, e)
print("unicode: é ☃ 日本 \U0001F600", "escapes:", repr("\x00\x1f"), "\\n literal")
print(repr(print), print.__name__, callable(print), print(end="") is None)
big = list(range(30))
print(big)
print(str(big)[:20] + "...", len(str(big)))
nested = {"a": [1, {"b": (2, 3)}], "c": None}
print(nested, str(nested) == repr(nested))
