# bytes methods: searching, splitting, stripping, case, predicates, justify, replace, join, translate.
b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Helo"), b.upper(), b.lower(), b.swapcase())
print(b.title(), b.capitalize(), b.count(b"l"), b.count(ord("l")), b.find(b"World"), b.rfind(b"l"))
print(b.index(b"H"), b.rindex(b"hello"), b.find(111), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b.split(), b.split(b","), b.rsplit(None, 1), b.partition(b","), b.rpartition(b"l"))
print(b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join((b"x", memoryview(b"y"))))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".replace(b"b", b"XX"), b"aaa".replace(b"a", b"b", 2), b"abc".center(9, b"*"),
      b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-42".zfill(5))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(),
      b"abc".islower(), b"Title Case".istitle(), b"\x80".isascii(), b"".isalpha(), "é".encode().isalpha())
print(b"a\tb".expandtabs(4), b"prefix-x".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"abcdef".translate(None, b"bd"), b"abc".translate(table, b"a"))
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".split("b")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".startswith(b""), b"abc".find(b""), b"".split(), b"a,b,,c".split(b","), b"   ".split())
print(b"%s is %d (%x) %r %a %c%c %%" % (b"val", 42, 255, b"r", "é", 65, b"B"))
print(b"%(a)s-%(b)s" % {b"a": b"1", b"b": b"2"}, b"%5s|%-5s|" % (b"ab", b"cd"), b"%.2f" % 1.5)
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"%d" % b"1"
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".decode("ascii"), b"Abc".isascii(), b"aBc".swapcase(), bytes.upper(b"x"))
print(sorted(n for n in dir(b"") if not n.startswith("_")))
