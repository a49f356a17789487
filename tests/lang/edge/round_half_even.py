# round(): banker's rounding for ints and floats, ndigits (negative, huge), types of results, __round__.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(x, round(x), round(x, 2), type(round(x)).__name__)
for n in [5, 15, 25, 35, -25, 125, 150, 250, 12345]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 5))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(-(10 ** 25) - 5, -1))
print(round(1234.5678, -2), round(1234.5678, 1), round(-0.0), round(-0.4), round(0.4, 0))
print(round(1e300, -300), round(1e-300, 300), round(123.456, 400), round(123.456, -400))
print(round(5e-324, 324), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(True), round(False, 3), type(round(True)).__name__)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, None) and round(None)
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5, None), round(7, None))

class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(NoRound(), 2)
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
r = round(IntSub(15), -1)
print(r, type(r).__name__)
print(round(IntSub(5)), type(round(IntSub(5))).__name__)
class FloatSub(float):
    pass
print(round(FloatSub(2.5)), round(FloatSub(2.567), 2), type(round(FloatSub(2.567), 2)).__name__)
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1e16:.0f}")
print("%.0f %.0f %.1f %.1f" % (0.5, 1.5, 0.25, 0.35))
print(format(1234567.891, ",.1f"), format(-0.0, ".1f"), format(0.5, ".0%"), format(1 / 3, ".3e"))
print(round(2 ** 53 + 1.0), round(-2 ** 63 + 0.5), int(round(1e17 + 1)))
print([round(i / 2) for i in range(-5, 6)])
print([round(i / 4, 1) for i in range(-6, 7)])
