# Integer floor division and modulo with every sign combination, divmod identities, zero division messages.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, a // b, a % b, (q, r), q * b + r == a, int(a / b))
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -big + 1), (3, big), (-3, big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
for op in ("//", "%", "/"):
    for lhs in ("1", "0", "-5", "10**20"):
        try:
            eval(lhs + " " + op + " 0")
        except ZeroDivisionError as e:
            print(op, lhs, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, 1 / 3, 10 ** 20 / 10 ** 19, 2 ** 64 / 3)
print(True // 2, True % 2, -True // 2, False % 5)
print(-(2 ** 63) // -1, -(2 ** 63) % -1, (-2) ** 63 // 7)
print(5 % -3, -5 % 3, -5 % -3, 5 % 3)
print(2 ** -1, 2 ** -2, (-2) ** -1, 0 ** 0, (-1) ** 0.5 if False else "skip")
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 10, -3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, 10 ** 400 % 7, -(10 ** 400) // 10 ** 390)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) / 10 ** 400)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(1 << 100 >> 99, -1 >> 100, -1 << 3, 5 >> 1, -5 >> 1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(~0, ~-1, ~5, -5 & 3, -5 | 3, -5 ^ 3, (2 ** 70 - 1) & -(2 ** 35))
print(abs(-10 ** 20), int("-0"), -0, 0 == -0, (-7).bit_length(), (255).to_bytes(2, "big"))
