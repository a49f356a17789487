# String literal escapes: simple, octal, hex, unicode (\u \U \N{...}), line continuation, raw.
s = "a\tb\nc\\d\'e\"f\ag\bh\fi\vj\rk\0l"
print(repr(s), len(s))
print(repr("\x41\x7e\xff"), repr("\101\102\7\77\777"), repr("\u00e9\u4e2d\U0001F600"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK CAPITAL LETTER OMEGA}", "\N{BLACK STAR}")
print(repr("\N{NO-BREAK SPACE}"), len("\N{SNAKE}"), ord("\N{SNAKE}"))
print("line one \
continued", "tab\there")
print(repr("\q"[0:2]) if False else repr("\\q"))
print(r"raw \n \t \\ \x41", len(r"\n"), r"\\"[0], repr(r"\'"))
print(repr(b"\x00\xff\n\t\\"), repr(rb"\x00"), repr(br"\n"))
print("\u0041\u0042", "\U00000043", "\x44", "\105")
print(repr('single \'quote\' inside'), repr("double \"quote\" inside"))
print(repr("both ' and \""), repr('it\'s'), repr("say \"hi\""))
print('''triple 'single' "double"''', """triple ''' inside""")
print(len("\r\n"), "\r\n" == "\x0d\x0a", "\e" if False else "no \\e escape")
for src in [r'"\x4"', r'"\u12"', r'"\U1234"', r'"\N{NOT A REAL NAME}"', r'"\N{}"', r'b"\u1234"',
            r'"\U00110000"']:
    try:
        print(src, repr(eval(src)))
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
print(repr(eval(r'b"\u1234"')) if False else "bytes keep \\u literally:", repr(b"\\u1234"))
print(repr("\0\00\000\0000"), len("\0000"))
print(repr("\x00\x1f\x7f\x80\x9f\xa0\xad"))
print(repr("\u2028\u2029\ufeff\U000e0001"))
print("tab:[\t] bs:[\\] nul-len:", len("\0"))
print(repr(eval('"\\\n"')), repr("a\
b"))
print("\N{DIGIT ONE}\N{DIGIT TWO}" == "12", "\N{LATIN CAPITAL LETTER A}")
print(repr(f"\t{1}\n"), repr(rf"\t{1}\n"))
