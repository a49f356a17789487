# complex(str): every accepted form, white space, brackets, underscores, Unicode digits, errors.
good = ["1", "-2.5", "3j", "-J", "+j", "j", "1+2j", "1-2J", "1+j", "1-j", "1e3+1e-3j",
        ".5-.5j", "1.e2j", "inf", "-infj", "infinity+nanj", "NaN-INFj", " ( 1+2j ) ",
        "\t-3j\n", "(4)", "1_000+2_000j", "1_0.5_0j", "\u0661+\u0662j", "\u00a01j\u2003",
        "\uff13\uff14j", "0x", "1e5", "-0", "-0j", "(-0-0j)"]
for s in good:
    try:
        z = complex(s)
        print(repr(s), z, z.real, z.imag)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
bad = ["", " ", "()", "(", ")", "1+", "+", "-", "j1", "1j2", "1+2", "1++2j", "1+-2j",
       "1 +2j", "1+ 2j", "(1+2j", "1+2j)", "((1+2j))", "1e", "1e+j", "i", "1+2i",
       "1__0", "_1", "1_", "1_j", "1._5j", "nanx", "infinit", "1j j", "1\x00"]
for s in bad:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [("1", 2), (1, "2"), ("1", "2"), (b"1",), (bytearray(b"1"),), ([],), (1, []),
             (None,), (1, None)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for kw in [{"real": 1}, {"imag": 2}, {"real": 1, "imag": 2}, {"imag": 1j}, {"real": "3j"}]:
    print(kw, complex(**kw))
for args, kw in [((1,), {"real": 2}), ((1, 2), {"imag": 3}), ((), {"x": 1}),
                 ((1, 2, 3), {})]:
    try:
        print(complex(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2.5, 1j), complex(True, True))
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0), complex(-0.0j))
