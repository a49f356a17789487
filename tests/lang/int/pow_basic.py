# The ** operator: int exponents, negative exponents give floats, zero and one cases.
for base in [0, 1, -1, 2, -2, 3, 10]:
    print(base, [base ** e for e in range(6)])

print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(0 ** 0, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** (1 / 3))
print(type((-8) ** (1 / 3)).__name__)
print(pow(2, 10), pow(-3, 3), pow(2, -3), pow(5, 0))

try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

print(2 ** 100, (-2) ** 101)
print(7 ** 77 % 1000)
print(len(str(3 ** 8000)), (3 ** 10000) % 10 ** 10)
print(-2 ** 4, (-2) ** 4, 2 ** -1 ** 2)

x = 3
x **= 4
print(x)
print(int.__pow__(2, 5), (2).__rpow__(5), int.__pow__(2, -1))
print(pow(2.0, 3), pow(2, 3.0), type(pow(2, 3)).__name__)
print(1.5 ** 2, 10.0 ** 20, 10 ** 20.0)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 0)
print(pow(True, 5), pow(False, 0), True ** -1)
