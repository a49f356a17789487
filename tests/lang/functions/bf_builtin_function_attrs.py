# Builtin functions (len, print, max): name, qualname, module, self, doc, text signature and repr.
for f in (len, abs, print, max, min, sorted, sum, isinstance, getattr, iter, next, repr, hash):
    print(f.__name__, f.__qualname__, f.__module__, type(f).__name__, repr(f))
print(len.__text_signature__, abs.__text_signature__, sum.__text_signature__)
print(pow.__text_signature__, round.__text_signature__, sorted.__text_signature__)
print(len.__doc__)
print(abs.__doc__)
print(max.__text_signature__, max.__doc__.splitlines()[0])
print(len.__self__.__name__, type(len.__self__).__name__)
print(len == len, len != abs, hash(len) == hash(len), len.__reduce__())
try:
    len.__name__ = "size"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len.__doc__ = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(len)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(len)("len")
except TypeError as e:
    print(type(e).__name__, e)
alias = len
print(alias("abc"), alias is len, alias.__name__)
print(list(map(len, ["a", "bb", ""])), sorted(["bb", "a"], key=len))
