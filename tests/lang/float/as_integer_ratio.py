# as_integer_ratio, is_integer, real/imag/conjugate and the floor/ceil/trunc dunders.
for v in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 3.14159, 1e20, 1e-20, 5e-324, 1.7976931348623157e308]:
    n, d = v.as_integer_ratio()
    print(repr(v), n if len(str(n)) < 60 else len(str(n)), d if len(str(d)) < 60 else len(str(d)),
          n / d == v)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, float("inf"), float("nan")]:
    print(repr(v), v.is_integer())

for v in [2.5, -2.5, 2.0, -0.5, 1e20, 0.9999999999999999]:
    print(repr(v), v.real, v.imag, v.conjugate(), v.__floor__(), v.__ceil__(), v.__trunc__(), int(v))
print(type((2.5).__floor__()).__name__, type((2.5).real).__name__)
for bad in [float("inf"), float("nan")]:
    for meth in ["__floor__", "__ceil__", "__trunc__"]:
        try:
            getattr(bad, meth)()
        except (OverflowError, ValueError) as e:
            print(repr(bad), meth, type(e).__name__, e)
print((1.5).__int__(), (1.5).__float__(), (0.0).__bool__(), (1e-300).__bool__())
print(float.as_integer_ratio(2.25), (2.25).__getnewargs__())
print(float.__getformat__("double"))
# reconstructing a float from its ratio is exact
ok = True
for i in range(1, 500):
    v = i * 0.37 - 50
    n, d = v.as_integer_ratio()
    if d & (d - 1) != 0 or n / d != v:
        ok = False
print("ratios exact, power-of-two denominators:", ok)
class F(float):
    pass
print(F(0.75).as_integer_ratio(), F(3.0).is_integer(), type(F(2.5).__floor__()).__name__)
