# float repr: shortest round-tripping digits, exponent thresholds, signed zero.
values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 1e300, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 9007199254740993.0, 3.141592653589793,
          2.718281828459045, 100.0, 1234.5, 0.5, 0.25, 0.125, 1e-10, 12345678.9]
for v in values:
    print(repr(v), str(v), v.__repr__() == repr(v))

print(1e16 - 1, 1e16 + 2, 0.1 * 3, 0.3 == 0.1 * 3)
print(float("0.30000000000000004"), 4.35 * 100, 1.1 + 2.2)
print(10.0 ** 15, 10.0 ** 16, 10.0 ** -4, 10.0 ** -5)
print(-1e-7, -12345.678e10)
print([0.1 * i for i in range(11)])
print(1.0e0, 1E1, .5, 5., 0e0, 1_000.000_1)
print(float(2**63), float(-2**63), float(2**53), float(2**53 + 1))
print(str(1e100)[:6], len(repr(1 / 7)))
print(f"{0.1!r} {0.1!s} {-0.0}")
print(repr(-0.0).startswith("-"), 0.0 == -0.0)
print(2.5e-5, 25e-6 == 2.5e-5, 0.00025)
print(1 / 1024, 1 / 3e10, 3e10)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(sum([0.1] * 10))
print(float.__repr__(1.5), float.__str__(2.5))
print(9.999999999999999e22, 1e22 * 10)
print([float(s) for s in ["1e-320", "4.9e-324", "2e-324", "1e-400", "1e400", "-1e400"]])
# every float printed round-trips through float()
ok = True
v = 1.0
for i in range(2000):
    v = v * 1.7 + 0.3 if v < 1e200 else v / 3e199
    if float(repr(v)) != v:
        ok = False
print("round trip", ok)
print(repr(1.0 - 2 ** -53), repr(1.0 + 2 ** -52))
