# repr() of str and bytes: quote selection, escapes for control/non-printable/non-BMP characters, raw strings.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "\r\x0b\x0c", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad", "é ñ ü", "\u200b\u2028\u2029", "\ud7ff", "\U0001f600", "\U000e0001", "\\", "\\n", "",
           "\u0378", "\ufeff", "\u00a0"]
for s in samples:
    print(repr(s), ascii(s), len(s))
for b in [b"plain", b"it's", b'"q"', b"both ' \"", b"\x00\xff\x7f\x80", b"\t\n\r", b"\\"]:
    print(repr(b), len(b))
print(r"raw\n", r"\x41", r"a\\b", len(r"\n"), rb"\x00", R"UP", Rb"x\y")
print("\x41\102\u0043\U00000044\N{LATIN SMALL LETTER E}", b"\x41\102", "\101\1012", repr("\0"), len("\77"))
print("a" "b" 'c' """d""", '''e''' "f", b"g" b"h")
print("line1\
continued")
print("\N{SNOWMAN}", "\N{snowman}", ascii("\N{SNOWMAN}"), "\N{DIGIT ONE}".isdigit())
print(str(b"bytes"), str(b"x", "ascii"), str(bytearray(b"ba"), "utf-8"), repr(bytearray(b"q'")), repr(memoryview(b"")).startswith("<memory"))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"), repr(b"'"), repr(b"'\""))
for src in ['"\\N{NOT A REAL NAME}"', '"\\x4"', '"\\u12"', 'b"\\u1234"', '"\\U00110000"', "b'\\xZZ'", '"\\N"']:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print("%r|%a|%s" % ("é\n", "é\n", "é"), f"{'é'!r} {'é'!a}", "{!r}".format("\t"))
print([chr(c) for c in (0x1f, 0x20, 0x7e)], repr(chr(0x7f)), repr(chr(0x10ffff)), chr(0x10ffff).isprintable())
print("".join(reversed("\U0001f600ab")), "\U0001f600ab"[::-1] == "ba\U0001f600", "\U0001f600".encode("utf-16-le"))
print("é".encode("utf-8"), "é".encode("latin-1"), "\u20ac".encode("cp1252"), "x".encode("utf-32-be"), "ab".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
print(str(1), str(1.0), str(None), str([1, "a"]), str({"k": "v"}), str(("t",)), str(b"b"), str(1j), str(...), str(NotImplemented))
print(repr(1), repr(1.0), repr(None), repr([1, "a"]), repr(...), repr(type), repr(int), repr(len), repr(print).startswith("<built-in"))
