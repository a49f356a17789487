# Floor division and modulo follow the sign of the divisor; zero division messages.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3),
         (1, -3), (-1, -3), (6, 3), (-6, 3), (6, -3), (-6, -3), (10**20 + 1, 7),
         (-(10**20) - 1, 7), (10**20 + 1, -7), (5, 10**20), (-5, 10**20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r), q * b + r == a)

for a in [7, -7, 0, 10**30]:
    for op in ["//", "%", "divmod"]:
        try:
            if op == "//":
                a // 0
            elif op == "%":
                a % 0
            else:
                divmod(a, 0)
        except ZeroDivisionError as e:
            print(a, op, type(e).__name__, e)

try:
    1 / 0
except ZeroDivisionError as e:
    print("truediv", e)

x = 17
try:
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e)
print(x)

print(-7 // 2.0, -7 % 2.0, 7 % -2.0, 7.5 // 2, -7.5 // 2)
print((-7).__floordiv__(2), (-7).__mod__(2), (2).__rfloordiv__(-7), (2).__rmod__(-7))
print(divmod(-13, 4), divmod(13, -4), divmod(-13, -4))
print(int.__floordiv__(9, 4), int.__mod__(9, -4))
print(12 % 5 % 3, 100 // 10 // 3)
