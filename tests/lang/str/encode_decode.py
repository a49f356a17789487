# str.encode / bytes.decode with codecs and error handlers.
s = "Grüße, 日本 🐍"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12])
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e.encoding, e.start, e.end, e.reason)
print(s.encode(), s.encode("UTF8") == s.encode("utf_8"), "x".encode(encoding="utf-16-be"))
data = b"caf\xc3\xa9 \xff\xfe end"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(data.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
print(repr(data.decode("latin-1")), repr(data.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
try:
    "x".encode("rot13-nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "bogus-handler")
    print("unused handler is not checked")
    "é".encode("ascii", "bogus-handler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.object, e.start, e.end)
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), "abc".encode("utf-8-sig"))
print("\u20ac".encode("cp1252"), b"\x80".decode("cp1252"))
print(bytes("abc", "ascii"), bytes("é", "utf-8"), bytearray("é", "latin-1"))
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
print("ab".encode("utf-16").decode("utf-16"), "ab".encode("utf-32")[:4])
print(b"a\x00b\x00".decode("utf-16-le"), repr(b"\x00".decode()), "\x00".encode())
for bad in [b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x90", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, e.reason, e.start, e.end)
