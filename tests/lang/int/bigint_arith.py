# Arbitrary-precision integers: addition, subtraction, multiplication, carries, signs.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(a * -b)
print((a + 1) * (a - 1) == a * a - 1)

c = 10 ** 50 - 1
print(c + 1)
print(c * c)
print(-c - 1)

f = 1
for i in range(1, 61):
    f *= i
print("60!", f)
print(len(str(f)))

fib = [0, 1]
for i in range(300):
    fib.append(fib[-1] + fib[-2])
print("fib300", fib[300])
print(fib[300] % 1000000007)

x = 0xFFFFFFFFFFFFFFFF
print(x + 1, x * x, x - x, -x)
print(2 ** 64 - 1 == x, 2 ** 63, -2 ** 63, 2 ** 63 - 1)
print(1 << 200)
print((1 << 200) >> 199)

total = 0
for k in range(1, 200):
    total += k ** 20
print(total)

neg = -(10 ** 40)
print(neg, abs(neg), -neg, +neg)
print(neg < 0, neg < -(10**39), (10**40) > 10**39)
print(sum([10**30] * 10), sum(range(10**6)))
print((10**18 + 7) * (10**18 + 9) % (10**9 + 7))
print(123456789 ** 5)
print(-123456789 ** 5, (-123456789) ** 5, (-123456789) ** 6)
