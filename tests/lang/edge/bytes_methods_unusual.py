# bytes/bytearray with unusual arguments: int searches, fill bytes, hex separators, fromhex, decode errors.
b = b"hello world"
print(b.find(111), b.find(b"o", 5), b.count(108), b.index(b"w"), 111 in b, b"lo w" in b)
try:
    b.find(256)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.find("o")
except TypeError as e:
    print(type(e).__name__, e)
print(b.split(), b.split(b"o"), b.split(b"o", 1), b.rsplit(None, 1), b"".split(b","))
try:
    b.split(b"")
except ValueError as e:
    print(type(e).__name__, e)
print(b.replace(b"l", b"L", 2), b.replace(b"", b"."), b.upper(), b.title(), b.capitalize(), b.swapcase())
print(b.center(15, b"*"), b.ljust(13, b"-"), b"42".zfill(5), b"-7".zfill(4), b.strip(b"hd"))
try:
    b.center(15, b"ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.center(15, "*")
except TypeError as e:
    print(type(e).__name__, e)
print(b.hex(), b"\x01\xff".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -4), b"".hex())
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("00ff"))
for bad in ["abc", "zz", "0 0"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"\xe2\x82".decode("utf-8", "replace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bytes(3), bytes([1, 2]), bytes(b"x"), bytes("é", "utf-8"), bytes(range(3)), bytes(bytearray(b"ba")))
for bad in [-1, [256], ["a"], "text", 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes("x", "utf-8", "strict", 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc"[0], b"abc"[-1:], b"abc"[::-1], list(b"ab"), b"ab" * 2, b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a"[5]
except IndexError as e:
    print(type(e).__name__, e)
print(b"%d %s %r %x %c %c" % (5, b"s", b"r", 255, 65, b"B"), b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(b"a,b".partition(b","), b"abc".rpartition(b"z"), b"  x ".split(b" "), b"x\ny\r\n".splitlines(keepends=True))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"c", 0, 3), b"AbC".isupper(), b"abc".isalpha(), b"".isalnum())
print(b"ab".translate(None, b"a"), b"abc".translate(bytes.maketrans(b"ab", b"xy")), b"\t1".expandtabs(4))
ba = bytearray(b"abc")
ba[0] = 120
ba[1:2] = b"YYY"
ba += b"!"
del ba[-1]
ba.extend([100, 101])
ba.insert(0, 48)
print(ba, ba.pop(), ba.pop(0), ba, len(ba))
for bad in [256, -1, "a"]:
    try:
        ba[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba.remove(122)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"ab" < b"abc", bytearray(b"z") > b"a", b"a" == "a")
