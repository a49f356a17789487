# Unicode strings: code points, non-BMP characters, combining marks, ord/chr, comparison by code point.
s = "héllo wörld 日本語 𝄞 🐍"
print(s, len(s), [len(w) for w in s.split()])
print([ord(c) for c in "aé日𝄞🐍"], [hex(ord(c)) for c in "\x00\x7f\x80\uffff\U00010000"])
print(chr(65), chr(233), chr(0x65E5), chr(0x1D11E), chr(0x1F40D), repr(chr(0)), repr(chr(0x10FFFF)))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
for bad in ["", "ab", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
combined = "e\u0301"
print(combined, len(combined), combined == "é", combined[0], repr(combined[1]))
print(sorted(["b", "a", "B", "é", "e", "Z", "日", "𝄞", "~"]))
print("a" < "b", "B" < "a", "é" > "z", "日" < "𝄞", "abc" < "abd", "ab" < "abc", "" < "a")
print(s[12:15], s[-1], s[-3], s[::-1])
print(s.encode("utf-8")[:10], len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print("日本語".encode("utf-8").decode("utf-8"), "🐍".encode("utf-8"), "🐍".encode("utf-16-be"))
print("\ud800".encode("utf-8", "surrogatepass"), repr("\ud800"), len("\ud800\udc00"))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("ǅ".upper(), "ﬃ".upper(), "Straße".upper(), "İ".lower(), len("İ".lower()))
print(ascii(s), repr("🐍"), ascii("🐍"), ascii("\x7f\x80"))
print("x" in s, "日本" in s, "𝄞 🐍" in s, s.find("🐍"), s.index("日"))
print(max("abc日"), min("日本語"), sorted("🐍a日é"))
text = "ΑΒΓ αβγ ÀÉÎ àéî"
print(text.lower(), text.upper(), text.swapcase(), text.title())
print(len("👨‍👩‍👧"), [hex(ord(c)) for c in "👨‍👩‍👧"])
print("a\u00a0b".split(), "a\u2003b".split(), "a\u200bb".split())
print(str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"abc", "ascii"))
