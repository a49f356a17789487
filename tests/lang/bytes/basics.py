# bytes: literals, constructor forms, indexing gives ints, slicing gives bytes, repr.
b = b"hello \x00\xff\n'\""
print(b, repr(b), len(b), b[0], b[-1], b[1:4], b[::-1], type(b[0]).__name__, type(b[:1]).__name__)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytes("é", "utf-8"), bytes((x for x in [1, 2])), bytes(memoryview(b"mv")))
for bad in [[256], [-1], ["a"], 1.5, "text", [1.0], None]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(WithIndex()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
print(b"a" b"b" b'c', rb"\n", b"\x41\102C", b"\\", b"'", b'"', b"'\"")
print([b"'", b'"', b"\t\r\x7f\x80"])
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" == "abc", b"abc" < b"abd", b"" < b"\x00", b"ab" in b"cabd", 97 in b"abc")
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
try:
    b"ab" + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(list(b"abc"), [c for c in b"\x00\xff"], hash(b"abc") == hash(b"ab" + b"c"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"\x01\x02\x03".hex(":"),
      b"\x01\x02\x03\x04".hex("-", 2), b"abcdef".hex(" ", -4))
for bad in ["abc", "0g", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(b"x".decode(), b"\xc3\xa9".decode("utf-8"), str(b"x"), f"{b'x'}")
