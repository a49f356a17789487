# Large integers: arithmetic, str/int conversion limits, bit operations, to_bytes/from_bytes and comparisons.
a = 2 ** 200
b = 3 ** 120
print(a, b)
print(a * b % 1000000007, a // b, a % b, a - b, -a + b)
print(len(str(2 ** 10000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print((a * b) // b == a, (a + 1) * (a - 1) == a * a - 1, a ** 2 > a * b)
print(int("9" * 100) + 1 == 10 ** 100, int("-" + "1" * 50), int("1_000_000_000_000_000_000_000"))
print(hex(a), oct(2 ** 64), bin(2 ** 70 + 1)[:10])
print(int("f" * 40, 16), int("z" * 20, 36), int("0b" + "1" * 80, 0), int("0o777", 0))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (2 ** 100 - 1).bit_count(), (10 ** 50).bit_count())
print(a.to_bytes(26, "big")[:3], a.to_bytes(26, "little")[-3:], int.from_bytes(b"\xff" * 20, "big"))
print(int.from_bytes(b"\xff" * 20, "big", signed=True), (-a).to_bytes(26, "big", signed=True)[:2])
try:
    a.to_bytes(5, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), int("1" * 4300) % 9)
print(10 ** 100 == 1e100, 10 ** 100 < 1e101, 2 ** 1024 > 1e308, 2 ** 1024 > float("inf"), -(2 ** 1024) < float("-inf"))
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, (2 ** 53 + 1) * 1.0)
print(a >> 190, a >> 300, -a >> 300, a << 10 >> 10 == a, (a | 1) & 3, a ^ (a - 1))
print(pow(a, b, 10 ** 9 + 7), pow(7, 10 ** 20, 13), pow(2, 2 ** 70, 97))
print(divmod(-a, 7), divmod(a, -7), abs(-a) == a, -(-a) == a)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), 12345678901234567890 * 98765432109876543210)
print(max(a, b).bit_length(), min(-a, -b) == -a, sorted([b, a, -a, 0])[0] == -a)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(int(1e30), int(-1.5e20), float(a).hex(), a.__index__() == a, a.real == a, a.imag, a.numerator, a.denominator)
print(f"{a:,}"[:15], f"{b:_x}"[:12], format(2 ** 64, "e"), format(-(10 ** 30), ">40"))
print((10 ** 18) * (10 ** 18) // (10 ** 35), 999999999999999999999 // 1000000000000, -999999999999999999999 // 1000000000000)
c = 1
for i in range(1, 60):
    c *= i
print(c, c % (2 ** 64), c.bit_length())
