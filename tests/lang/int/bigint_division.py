# Division of big integers: //, %, divmod and true division to float.
n = 3 ** 200
d = 7 ** 40
print(n // d)
print(n % d)
q, r = divmod(n, d)
print(q * d + r == n, 0 <= r < d)
print(divmod(-n, d)[1] == d - r)
print(n // -d, n % -d)

m = 10 ** 60 + 12345
for div in [3, 7, 10 ** 30, -10 ** 30, 2 ** 100, 999999999999999999]:
    print(div, m // div, m % div)

print(10 ** 40 / 10 ** 20)
print(2 ** 1000 / 2 ** 990)
print(1 / 3 * 3, 10 ** 30 / 3)
print((10 ** 30 + 1) / 10 ** 30)
print(7 / 2, -7 / 2, 1 / -4)
print(2 ** 60 / 3)

for bad in [(10 ** 400, 1), (1, 10 ** 400)]:
    try:
        print(bad[0] / bad[1])
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
print(10 ** 400 / 10 ** 400)

big = 2 ** 521 - 1
print(big % 1000, big // 10 ** 150)
print(pow(2, 521, 10 ** 9))
print(-big // 2, -big % 2)
print((big * big) // big == big)
print(12345678901234567890123 // 1234567890, 12345678901234567890123 % 1234567890)
