# strip/lstrip/rstrip, padding (center/ljust/rjust/zfill), expandtabs, removeprefix/removesuffix.
for s in ["  hi  ", "\t\nhi\r\n", "xxhixx", "", "   ", "\u3000hi\u2003", "hi"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")))
print("www.example.com".strip("cmowz."), "<<a>>".strip("<>"), "abcba".strip("ab"), "aaa".strip("a"))
print("hello".lstrip("leh"), "hello".rstrip("lo"), "hello".strip(""), "hello".strip(None))
try:
    "x".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
for w in [0, 3, 5, 6, 10, 11]:
    print(w, repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")),
          repr("abcd".center(w, "=")))
print(repr("a".center(4)), repr("ab".center(5)), repr("ab".center(4)), repr("".center(3, "x")))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
for s in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0042", "１２"]:
    print(repr(s), s.zfill(6), s.zfill(2), s.zfill(-1))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)))
print(repr("a\tb".expandtabs(0)), repr("ab\n\tc".expandtabs(3)), repr("\t".expandtabs(1)),
      repr("x\r\ty".expandtabs(4)), repr("ab\tc".expandtabs(tabsize=2)))
print(repr("a\tb".expandtabs(-1)))
for s in ["prefix_body_suffix", "prefix", "body", ""]:
    print(repr(s), repr(s.removeprefix("prefix")), repr(s.removesuffix("suffix")),
          repr(s.removeprefix("")), repr(s.removesuffix(s)))
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
print("ab".ljust(2) is not None, "日本".center(6, "・"), "é".rjust(3, "ü"))
