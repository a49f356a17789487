# str(): from objects (__str__ falls back to __repr__), from bytes with encoding/errors, errors.
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str({"a": (1,)}), str(b"ab"), str(str))
print(str(object) , str(int), str(type(None)))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
class C(A):
    pass
print(str(A()), repr(A()), str(B()), str(C()), str([A(), B()]), f"{A()}")
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"))
print(str(b"caf\xe9", "utf-8", "replace"), str(b"caf\xe9", "utf-8", "ignore"), str(b"\xff", errors="replace"))
print(str(bytearray(b"xyz"), "ascii"), str(memoryview(b"mv"), "utf-8"))
try:
    str(b"caf\xe9", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(b"x", "no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    str("already str", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def __str__(self):
        return "overridden"
print(str(S("base")), type(str(S("base"))).__name__, S("base") + "!", f"{S('base')}")
class S2(str):
    pass
x = S2("keep")
print(str(x), type(str(x)).__name__, type(x).__name__, str(x) == x)
print(str(object=12), str(object="s"))
print(str.__new__(S2, "new"), type(str.__new__(S2, "new")).__name__)
print(str(3 + 0j), str(-0.0), str(10**20), str(True), str(...), str(NotImplemented))
