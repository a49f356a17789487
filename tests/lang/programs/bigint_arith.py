# Big-integer arithmetic: factorials, Fibonacci mod m, digit sums, powers, long division, str round trips.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros", trailing, sum(100 // 5**k for k in range(1, 4)))
print(factorial(30) // factorial(28), factorial(25) % 1000000007)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(200))
print(fib(1000) % 10**10, len(str(fib(1000))))

def fib_mod(n, m):
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * ((2 * b - a) % m) % m
        d = (a * a + b * b) % m
        return (d, (c + d) % m) if k & 1 else (c, d)
    return go(n)[0]
print(fib_mod(10**18, 1000000007), fib_mod(1000, 10**10) == fib(1000) % 10**10)

big = 2**521 - 1
print(big.bit_length(), big % 1000, hex(big)[:12], str(big)[:20])
print(pow(3, 10**5, 10**9 + 7), pow(2, -1, 97), pow(12345678901234567890, 3))
x = 12345678901234567890123456789
y = 987654321987654321
q, r = divmod(x, y)
print(q, r, q * y + r == x)
print(divmod(-x, y), -x // y, -x % y)
print(x * y, x - y * 10**12, (x << 100) >> 99)
print(int("9" * 50) + 1, int("-" + "1" * 40, 2), int("zz" * 10, 36))
n = 3**200
print(n, n.bit_length(), n.to_bytes(40, "big").hex()[:16])
print(int.from_bytes(b"\xff" * 20, "little"), int.from_bytes(b"\xff" * 3, "big", signed=True))

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**100), isqrt(2 * 10**60))

def digits_of_e(n):
    # e = sum 1/k!, computed with scaled integers
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10**10)
print(digits_of_e(50))
print(sum(int(d) for d in str(2**1000)), str(2**1000)[-10:])
print(-(2**100) // 3, -(2**100) % 3, abs(-(10**30)), (-7) ** 21)
print(10**25 == 10.0**25, 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (2**70).to_bytes(4, "big")
except OverflowError as e:
    print(type(e).__name__, e)
