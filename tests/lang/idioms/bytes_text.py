# bytes vs str idioms: encode/decode with error handlers, byte literals, hex, iteration yields ints, bytearray buffers.
text = "naïve café ☕"
data = text.encode("utf-8")
print(data, len(text), len(data), data.decode("utf-8") == text, type(data).__name__)
print(text.encode("latin-1", errors="replace"), text.encode("ascii", errors="ignore"), text.encode("ascii", "backslashreplace"))
print(text.encode("ascii", "xmlcharrefreplace"), text.encode("utf-16-le")[:8], len(text.encode("utf-32")))
bad = b"abc\xff\xfedef"
print(bad.decode("utf-8", "replace"), bad.decode("utf-8", "ignore"), bad.decode("latin-1"), bad.decode("utf-8", "backslashreplace"))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.start, e.end)
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), e.start, e.end)
b = b"hello"
print(b[0], b[-1], b[1:3], list(b), [chr(x) for x in b], b"l" in b, 108 in b, b.upper(), b.count(b"l"))
print(bytes([72, 105]), bytes(3), bytes(range(65, 70)), b"ab" * 2 + b"!", bytes.fromhex("48 65 6c"), b"\x00\x7f\x80".hex())
print(b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"B"), b"abc".startswith(b"ab"))
buf = bytearray()
buf += b"head"
buf.append(0x20)
buf.extend(b"body")
buf[0] = ord("H")
print(buf, bytes(buf), len(buf), buf.decode(), buf.pop(), buf.find(b"bo"), buf.hex(" "))
del buf[4:]
buf.insert(0, 62)
print(buf, buf.rjust(8, b"."), buf.zfill(7), bytearray(b"xyz")[::-1], bytearray(2))
def checksum(payload):
    return sum(payload) % 256
print(checksum(b"abc"), checksum("abc".encode()), checksum(bytearray(range(256))))
header = (1).to_bytes(2, "big") + (513).to_bytes(2, "little") + (-2).to_bytes(1, "big", signed=True)
print(header, int.from_bytes(header[:2], "big"), int.from_bytes(header[2:4], "little"), int.from_bytes(header[4:], "big", signed=True))
print(str(b"x"), repr(b"'"), repr(b'"'), repr(b"\t\n\\"), b"%s=%d" % (b"k", 5), b"%-4s|" % b"ab", b"%x" % 255)
for bad_op in (lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"abc".find("b"), lambda: bytes("abc"),
               lambda: bytes([300]), lambda: bytearray(b"a").append(256), lambda: b"abc"[5], lambda: "x".decode()):
    try:
        print(bad_op())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(b"A" == b"A", b"a" < b"b", b"" == bytearray(), bytearray(b"x") == b"x", b"abc" == "abc", hash(b"ab") == hash(bytes(bytearray(b"ab"))))
mv = memoryview(b"abcdef")
print(mv[1], mv[1:4].tobytes(), bytes(mv[::2]), len(mv), mv.tolist()[:3])
lines = b"line1\r\nline2\nline3"
print(lines.splitlines(), lines.decode().splitlines(), b"\n".join(lines.splitlines()))
print("é".encode("utf-8"), "é".encode("utf-8").decode("latin-1"), "Ã©".encode("latin-1").decode("utf-8"))
print(ascii("naïve"), repr("naïve"), "naïve".isascii(), b"naive".isascii(), "\u00e9" == "e\u0301", len("e\u0301"))
