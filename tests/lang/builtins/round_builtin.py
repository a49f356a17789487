# round(): int and float inputs, ndigits None vs int, __round__ dispatch, result types.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(-0.5))
print(round(7), round(7, 1), round(15, -1), round(25, -1), round(-25, -1), round(149, -2), round(150, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, type(round(7, 2)).__name__)
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(123.456, 1), round(1e15 + 0.3, 0))
print(round(10**20 + 5, -1), round(-(10**20) - 5, -1), round(2**100, -30))
class Meters:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return Meters(round(self.v, ndigits))
    def __repr__(self):
        return f"Meters({self.v})"
print(round(Meters(2.567)), round(Meters(2.567), 1))
class Only:
    def __round__(self):
        return "no ndigits"
print(round(Only()))
try:
    round(Only(), 2)
except TypeError as e:
    print(type(e).__name__, e)
for bad in ["round('1.5')", "round(1.5, '1')", "round([1])", "round()", "round(1, 2, 3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(round(True), round(False, 3), type(round(True)).__name__)
print([round(x / 10) for x in range(-25, 26, 5)])
print([round(x + 0.5) for x in range(-3, 4)])
print(round(0.1 + 0.2, 1) == 0.3, round(1 / 3, 5), round(-1 / 3, 5))
print(round(1.23456789e-10, 12), round(1.5e300, -300), round(9.995, 2))
print(round(5, ndigits=-1), round(number=5.5))
