# repr() of strings: quote selection, escaping of control and non-printable characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é日本", "\u200b\u2028\ufeff", "\U0001F600",
           "\ud800", "\U000e0001", "\x0b\x0c", "", "'", '"', "''\"", "\\'"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(repr("x")), repr(str(repr("'"))))
print(str("x"), str(repr("x")), eval(repr("it's \"q\"")) == "it's \"q\"")
ok = True
for cp in list(range(0, 0x300)) + [0x2028, 0x3000, 0xFFFD, 0x1F600, 0xE0001, 0x10FFFF]:
    c = chr(cp)
    if eval(repr(c)) != c:
        ok = False
print("repr round trip", ok)
print([repr(chr(c)) for c in range(0x7f, 0xa2)])
print([c for c in map(chr, range(0x2000, 0x2030)) if not c.isprintable()])
class S(str):
    pass
print(repr(S("sub'class")), type(repr(S("x"))).__name__)
print(repr(["a", 'b"', "c'"]), repr(("é",)), repr({"k": "v'"}))
print("%r" % "x'y", "{!r}".format('x"y'), f"{'x' + chr(39)!r}")
def quote_style(s):
    r = repr(s)
    return r[0]
print([quote_style(s) for s in ["a", "'", '"', "'\"", "\\"]])
lines = ["name: 'x'", 'path: "C:\\dir"', "mixed: '\""]
for line in lines:
    print(line, "->", repr(line), "->", repr(repr(line)))
print(repr("\t") == "'\\t'", len(repr("\n")), repr("\\n"))
print(str(["'", '"']), str(("\n",)))
big = "".join(chr(c) for c in range(32, 127))
print(repr(big))
print(repr(big.encode()))
