# Integer literal forms: bases, underscores, huge literals, leading zeros.
print(0, 00, 0_0, 1_000, 0xff, 0XFF, 0o17, 0O17, 0b101, 0B101)
print(0x_dead_beef, 0b_1111_0000, 0o_7_7_7, 1_2_3_4_5)
print(123456789012345678901234567890123456789)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1000000000000000000000000000000000000000000000000000000000000000000000)
print(-0x80000000, -0o777, -0b1)
print(type(0x10).__name__, 0x10 == 16 == 0o20 == 0b10000)
print(eval("0_7".replace("_", "") if False else "7"))
for src in ["0x", "0b2", "08", "1__0", "1_", "0o8", "0_x1"]:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
print(1 if 1 else 2)
print(0xaf + 0o7 + 0b1)
print(1_0.5 if False else 10.5)
x = 1_000_000_000_000
print(x, x // 1_000)
print(0o0, 0b0, 0x0, -0)
print([0x1, 0x01, 0x001])
print(0b1_0_1 + 0o1_7 + 0x1_f)
print(-2147483648, 2147483647, 4294967296, 18446744073709551616)
print(int("1" + "0" * 30) == 10**30 == 1_000_000_000_000_000_000_000_000_000_000)
print(0xDEADBEEF, 0o755, 0b11111111)
y = -0b1_0000
print(y, abs(y), -y)
print(type(eval("1_000")).__name__, eval("0x_A"))
for src in ["0xG", "1e", "0b"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, type(e).__name__)
print(100_000 * 3, 0o7_7 // 2)
