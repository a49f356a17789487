# Three-argument pow: modular exponentiation, negative exponents (inverse), errors.
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(7, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97))
print(pow(10, -1, 10**9 + 7))
print(pow(-5, -1, 12))

for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)

try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 5.0)
except TypeError as e:
    print(type(e).__name__, e)

for m in [1, 2, 3, 97, 1000003]:
    print(m, [pow(b, e, m) for b, e in [(2, 10), (5, 3), (10**20, 10**20)]])

# consistency with the slow definition
ok = True
for b in range(-5, 6):
    for e in range(0, 8):
        for m in [2, 3, 7, 10, -3]:
            if pow(b, e, m) != (b ** e) % m:
                ok = False
print("consistent", ok)
print(pow(base=2, exp=5, mod=7))
print(pow(2, 5, mod=None))
