# Builtin constructors for binary types and their relationships: bytes, bytearray, memoryview.
print(bytes([1, 2]) == bytearray([1, 2]) == memoryview(b"\x01\x02"))
print(type(bytes(bytearray(b"x"))).__name__, type(bytearray(bytes(2))).__name__)
print(bytes(b"a"[0:1]), bytes(5)[:2], bytearray(b"abc")[1:], memoryview(b"abc")[1:].tobytes())
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(bytes.fromhex("00ff"), bytearray.fromhex("41"), b"\x00\xff".hex(), bytearray(b"A").hex())
print(bytes(range(65, 70)), bytearray(x for x in range(3)), bytes((0x41,)))
print(bytes("ü", "utf-8"), bytes("ü", "latin-1"), bytes("ü", encoding="utf-16-le"))
try:
    bytes("ü", "ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes(b"x", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(len(bytes(0)), bytes(0) == b"", bytearray(0) == bytearray())
print(sorted(bytes(b"cab")), list(reversed(b"abc")), max(b"abc"), b"a" * 3)
print(bytes([255]) + bytearray([0]), bytearray([255]) + bytes([0]))
print(b"abc".decode() + "d", str(b"abc", "ascii"), repr(bytes(b"'")), repr(bytearray(b'"')))
print(b"%b %s" % (b"x", b"y"), bytearray(b"%d") % 5)
print(bytes.maketrans(b"a", b"b")[97], bytearray.maketrans(b"a", b"b")[97])
print(memoryview(bytearray(b"xyz")).tolist(), memoryview(b"xyz").obj)
print(hash(b"abc") == hash(bytes(bytearray(b"abc"))))
print(bytes(memoryview(bytearray(b"copy"))), bytearray(memoryview(b"copy")))
big = bytes(range(256))
print(len(big), big[0], big[255], big.count(b"\x00"), big.find(b"\xfe\xff"))
print(b"".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(bytearray(b"abc").decode("ascii"), bytes(bytearray(3)).hex())
