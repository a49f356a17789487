# int attributes and small methods: real/imag/numerator/denominator, conjugate, as_integer_ratio.
for n in [0, 5, -5, 10**20, True]:
    print(n, n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio())
print(type((5).real).__name__, type(True.real).__name__, type(True.numerator).__name__)
print((7).__index__(), (7).__int__(), (7).__float__(), (7).__bool__(), (0).__bool__())
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(123456, -10), round(7, 0), round(7, 3), type(round(7, 2)).__name__)
print((5).__sizeof__() > 0)
print(int.from_bytes is not None, callable(int.to_bytes))
print(sorted(n for n in dir(5) if not n.startswith("_")))
print((3).__eq__(3), (3).__eq__(3.0), (3).__eq__("3"), (3).__ne__(4))
print((3).__lt__(4), (3).__lt__(2.5), (3).__ge__(3))
print((5).__divmod__(3), (5).__rdivmod__(13), (5).__truediv__(2), (5).__rtruediv__(2))
print(int.__getnewargs__(5))
print((10).__hash__() == hash(10), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash(10**30) == hash(10**30 % (2**61 - 1)))
print((-5).__abs__(), (-5).__neg__(), (-5).__pos__(), (-5).__invert__())
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
print((12).is_integer() if hasattr(int, "is_integer") else "no is_integer")
