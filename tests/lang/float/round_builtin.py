# round() on floats: banker's rounding, ndigits positive/negative, binary representation effects.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), type(round(v, 0)).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 1.25, 1.35, 2.345, 12345.6789, -12345.6789]:
    print(v, [round(v, n) for n in range(-3, 4)])
print(round(1e300, 2), round(1e-300, 2), round(123.456, 20), round(123.456, -400))
print(round(5e-324, 323), round(-0.0), round(-0.0, 1), round(0.0, -1))
print(round(1.5, None), round(2.5, None))
for bad in [float("inf"), float("-inf")]:
    try:
        round(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e20), round(1.23456789e15, -5), round(2**60 + 0.0))
print(float.__round__(7.5), float.__round__(7.45, 1))

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
print(round(True), round(7, -1), round(-15, -1), round(25, -1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
