# Float repr/str: shortest round-trip digits, exponent switch points, and conversions from int and str.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        100.0, 1e22, 1e21, 12345.678, -0.0, 3.14159, 2.5e-7, 0.3, 1.1 * 3]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 63)), float(10 ** 20))
print(float(123456789123456789123456789), float(True), float(" -12 "), float("0001.000"))
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 0.7 + 0.1, 4.35 * 100, 1.1 + 2.2)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 3 * 1.1)
print(str(1e100), str(1.0e-10), repr(10.0 ** 15), repr(10.0 ** 16), repr(1.0 * 10 ** -4), repr(1.0 * 10 ** -5))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(1e16, "g"), format(1e-5, "g"), format(123456789.0, "g"))
print(format(1.5, "e"), format(1.0, ".0e"), format(12345.6789, ".3g"), format(0.00001234, ".2g"))
print(format(1e300, ".3"), format(2.0, ".3"), format(100.0, ".2"), format(1.0, "r") if False else "")
print(f"{3.0:g} {3.0:n} {3.5:%} {1e6:,} {1234.5:_.2f} {-1.0:+} {1.0:+} {1.0: }")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('nan'):+F} {float('inf'):%}")
print(f"{0.000001:.1e} {1e-7} {1e-7:f} {123.0:010.3f} {-5.5:=+10.2f}")
print(int(1.9999999999999999), int(-0.9), 3.0 == 3, 0.1 + 0.2 == 0.3, 1e16 == 10 ** 16, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(float("1" + "0" * 400) if False else len(str(10.0 ** 300)), 1e309, -1e309)
print(round(2.675, 2), 2.675 * 100, 0.1 ** 2, 2 ** 0.5, 10 ** -2, 7.0 // 2, 7.0 % 2.5)
print(1.0.__repr__(), (1e-320).__repr__(), float.fromhex("0x1p-1074"), float.fromhex("-0x1.fffffffffffffp1023"))
