# Small-int arithmetic: + - * unary ops, mixed signs, identities.
values = [0, 1, -1, 2, -2, 7, -7, 100, -100, 255, 256, 2**31 - 1, -2**31]

for a in values[:6]:
    for b in values[:6]:
        print(a, b, a + b, a - b, a * b)

print(-0, +5, -(-5), ~0, ~5, ~-5)
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 7 * 7 + 100 % 7)

x = 5
x += 3
print(x)
x -= 10
print(x)
x *= -4
print(x)
x //= 3
print(x)
x %= 5
print(x)
x **= 3
print(x)
x <<= 2
print(x)
x >>= 1
print(x)
x |= 0b1010
print(x)
x &= 0b0110
print(x)
x ^= 0xFF
print(x)

total = 0
for i in range(1, 101):
    total += i
print("sum 1..100", total)

prod = 1
for i in range(1, 21):
    prod *= i
print("20!", prod)

print(abs(-3), abs(3), abs(0))
print(int.__add__(3, 4), int.__sub__(3, 4), int.__mul__(3, 4), int.__neg__(3))
print((3).__radd__(4), (3).__rsub__(4), (3).__pos__(), (3).__abs__())
print(int.__add__(3, 4.0))
print(type(3 + 4), type(3 * True), type(True + True))
print(0 * -1, -0 == 0, 1 - 1)

for bad in ["1 + 'a'", "'a' * 'b'", "1 - None", "[] - 1"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", type(e).__name__, e)
