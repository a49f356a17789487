# method_descriptor objects (str.upper, list.append): names, qualnames, owner class and docs.
for m in (str.upper, str.join, list.append, dict.get, set.add, bytes.hex, int.bit_length):
    print(type(m).__name__, m.__name__, m.__qualname__, m.__objclass__.__name__)
print(str.upper.__doc__)
print(str.upper.__text_signature__, str.join.__text_signature__)
print(int.bit_length.__text_signature__)
print(repr(str.upper), repr(list.append), repr(dict.get))
print(str.upper.__objclass__ is str, list.append.__objclass__ is list)
try:
    str.upper.__name__ = "lower"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    str.upper.__objclass__ = int
except AttributeError as e:
    print(type(e).__name__, e)
try:
    str.upper.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(str.upper)()
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper == str.upper, str.upper is str.upper, str.upper != str.lower)
print(hash(str.upper) == hash(str.upper))
print(callable(str.upper), callable(list.append))
print(str.upper.__get__("abc")(), str.upper.__get__("abc", str)())
print(str.upper.__get__(None, str) is str.upper)
class S(str):
    pass
print(S.upper is str.upper, S.upper.__objclass__.__name__, S("x").upper())
print(str.__dict__["upper"] is str.upper)
print(sorted(n for n in dir(str.upper) if not n.startswith("__") or n in ("__name__", "__qualname__", "__objclass__")))
