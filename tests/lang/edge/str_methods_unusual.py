# str methods with unusual arguments: empty separators, negative/huge indices, None args, counts, fill chars.
s = "abcabc"
print(s.split("b"), s.split("b", 1), s.split("b", 0), s.split("b", -1), s.rsplit("b", 1))
try:
    s.split("")
except ValueError as e:
    print(type(e).__name__, e)
print("  a  b  ".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "".split(), "".split(","))
print("a\nb\r\nc\rd\x0be\x1cf".splitlines(), "x\n".splitlines(True), "".splitlines())
print(s.find("c", -3), s.find("c", 100), s.find("", 6), s.find("", 7), s.rfind(""), s.index("a", 1, None))
print(s.count(""), s.count("a", -2), s.count("bc", 0, 2), "aaaa".count("aa"), "".count(""))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("z", 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(s.replace("", "-"), s.replace("a", "A", 1), s.replace("a", "", -1), "".replace("", "x"), s.replace("bc", "", 0))
print(s.startswith(("x", "ab")), s.startswith("c", 2), s.endswith("ab", 0, 5), s.startswith(""), s.endswith("", 10))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print("ab".center(7, "*"), "ab".ljust(1), "ab".rjust(5, "0"), "-5".zfill(4), "+".zfill(3), "abc".zfill(-1))
try:
    "ab".center(5, "**")
except TypeError as e:
    print(type(e).__name__, e)
print("..a..".strip("."), "xyxzx".lstrip("xy"), "abc".strip(""), "  \t\n x \x0c".strip(), "abc".rstrip(None))
print("-".join([]), "-".join("abc"), "".join(["a", "b"]), ", ".join(map(str, range(3))))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("a,b,c".partition(","), "abc".partition("x"), "a,b,c".rpartition(","), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("hello world".title(), "they're bill's".title(), "ǆemal".title(), "ß".upper(), "İ".lower().encode("utf-8"))
print("ABC".casefold(), "Straße".casefold(), "aBc".swapcase(), "ﬁ".upper(), "hello".capitalize(), "HELLO wORLD".capitalize())
print("a\tb\tc".expandtabs(), "ab\tc".expandtabs(4), "a\tb".expandtabs(0), "x\ny\tz".expandtabs(2))
print("".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "Ⅷ".isnumeric(), "١٢".isdecimal(), int("١٢"))
print("a b".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "".isspace(), " \t".isspace(), "Ab Cd".istitle())
print("abc".translate({97: "X", 98: None, 99: 100}), "abc".translate(str.maketrans("ab", "xy", "c")))
print(str.maketrans({"a": 1, "b": "2"}) == {97: 1, 98: "2"})
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
print("abc"[::-1], "abc"[5:], "abc"[-10:2], "abcdef"[1:5:2], "abcdef"[::-2], "abc"[2:0:-1])
print("x" * 0, "x" * -3, 3 * "ab", "%s|%5s|%-5s|%.2s" % ("a", "b", "c", "def"))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix(""), "abc".removesuffix("x"))
print("Hello".encode(), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "xmlcharrefreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(min("bca"), max("bca"), sorted("bca"), "a" < "b" < "ba", "Z" < "a", "é" > "z")
print(ord("€"), chr(8364), "\u00e9" == "é", len("👍"), "👍".encode("utf-8"), repr("\x00\x7f\t'\""))
