# bytes comparisons, hashing, use as dict keys, mixing with bytearray and memoryview.
vals = [b"", b"\x00", b"a", b"ab", b"b", b"\xff", b"A", b"abc"]
print(sorted(vals))
print([a < b for a, b in zip(vals, vals[1:])])
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" == memoryview(b"abc"))
print(b"abc" < bytearray(b"abd"), bytearray(b"b") > b"a")
print(hash(b"key") == hash(b"ke" + b"y"), {b"k": 1}[b"k"], b"k" in {b"k"}, {b"a": 1, b"a" + b"": 2})
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
print(b"a" == "a", b"a" != "a", b"1" == 1, b"\x01" == bytes([1]))
for bad in ["b'a' < 1", "b'a' < [97]", "b'' <= None"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(max(vals), min(vals), max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"))
print(b"hello".count(b"l"), b"hello".index(b"l"), sorted(b"hello"), bytes(sorted(b"hello")))
print(b"ab" * 0, b"ab" * -3, b"" * 100, len(b"x" * 1000))
print(set([b"a", b"b", b"a"]) == {b"a", b"b"}, len({b"a", bytes(b"a"), b"" + b"a"}))
print(b"abc"[0] == 97, b"abc"[0:1] == b"a", b"abc"[0] == b"a")
d = {}
for chunk in [b"x", b"y", b"x", b"z", b"x"]:
    d[chunk] = d.get(chunk, 0) + 1
print(d)
print(bytes.__eq__(b"a", "a"), bytes.__lt__(b"a", 1), bytes.__hash__(b"") == hash(b""))
print(b"ab".__add__(b"c"), b"ab".__mul__(2), b"ab".__contains__(98), b"ab".__len__())
class B(bytes):
    pass
x = B(b"sub")
print(x, type(x).__name__, type(x + b"!").__name__, type(x[:1]).__name__, x == b"sub", {x: 1}[b"sub"])
print(repr(B(b"r")), str(B(b"s")), type(bytes(x)).__name__)
print(b"\x00" * 3 == bytes(3), bytes(3) == bytearray(3))
print(list(map(len, [b"", b"a", b"ab"])), b"abc".join([b"1", b"2"]))
print(b"abc".__iter__().__next__(), next(reversed(b"abc")))
