# print(): sep, end, file=None, flush, multiple args, str() conversion, keyword errors.
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep=" | ")
print(*range(5))
print(*"abc", sep=",")
print("x", sep=None, end=None)
print("to stdout", file=None)
print("flushed", flush=True)
print()
print("", "")
print("multi\nline", "args")
class S:
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
print(S(), [S()], (S(),))
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        raise ValueError("cannot stringify")
try:
    print("before", BadStr(), "after")
except ValueError as e:
    print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("to", "writer", sep="_", end=".", file=w)
print(w.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
print("tab\tseparated", "é unicode 🐍")
print(end="only end\n")
print(sep="unused")
result = print("returns")
print(result)
print("%d%%" % 5, f"{'f'}", "{}".format("fmt"), sep="/")
