# Splitting: split/rsplit with and without separators and maxsplit, splitlines, partition.
texts = ["a,b,,c", ",a,", "", "  a  b   c  ", "one", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2028i\u3000j"]
for t in texts:
    print(repr(t), t.split(), t.split(","), t.rsplit(",", 1), t.split(None, 1), t.rsplit(None, 1))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a b c d".split(maxsplit=0),
      "a b c d".split(" ", -1), "  a b ".split(maxsplit=1), "  a b ".rsplit(maxsplit=1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "abab".split("ab"))
print("x".split("x"), "".split("x"), "".split(), " ".split(" "))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a b".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a b".split(1)
except TypeError as e:
    print(type(e).__name__, e)
lines = "first\nsecond\r\nthird\rfourth\x0bfifth\x0c\x1c\x1d\x1e\x85sixth\u2028\u2029last"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines(keepends=True))
print("no newline".splitlines(), "\r\n\r\n".splitlines(), "\n\r".splitlines())
for t in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(t), t.partition("="), t.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print("2024-01-15".split("-"), [int(p) for p in "10.0.0.255".split(".")])
print("k1=v1;k2=v2;k3".split(";"), dict(p.split("=") for p in "a=1;b=2".split(";")))
print("é, ü , ñ".split(","), "日本 語".split(), "α β\u00a0γ".split())
