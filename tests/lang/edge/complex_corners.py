# complex numbers: signed zeros in repr, inf/nan parts, division by zero, pow corners, comparisons and parsing.
print(complex(0, -0.0), complex(-0.0, 0), -(0j), 0j * -1, complex(-0.0, -0.0), 1j * 1j, (1 + 0j) ** 2)
print(repr(complex(1, float("inf"))), repr(complex(float("nan"), 1)), complex(float("-inf"), float("nan")))
print(1j ** 2, (1 + 1j) ** 0, 0j ** 0, (2 + 3j) * (4 - 5j), (1 + 2j) / (3 - 4j), (1 + 2j) - 1, 1 - (1 + 2j))
print((1 + 2j) == 1 + 2j, 1 + 0j == 1, 1 + 0j == 1.0, (1 + 0j) != 1, hash(1 + 0j) == hash(1), hash(0j) == hash(0))
print(abs(3 + 4j), abs(complex(float("inf"), float("nan"))), (1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** (1 + 1j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1 + 0j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
print((-1) ** 0.5, (-8) ** (1 / 3), 2 ** 0.5j, (1j) ** 0.5)
print(complex("1"), complex("j"), complex("-j"), complex("+1.5J"), complex("(1+2j)"), complex(" ( 2-3j ) "), complex("1e1+1e-1j"))
for bad in ["", "1+", "j1", "1+2", "(1+2j", "1 +2j", "1+2jj", "nanj+"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, repr(bad), e)
print(complex("infj"), complex("-nan+nanj"), complex(1.5), complex(True), complex(2 ** 60))
print(format(1 + 2j), format(1.23456 + 2j, ".2f"), format(-1j, ""), f"{3 - 4j:>15}", f"{1e20 + 1e-20j}", format(1j, "g"))
try:
    format(1j, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "=10")
except ValueError as e:
    print(type(e).__name__, e)
print(1e308j * 10, complex(1e308, 1e308) * 2, (1e200 + 1e200j) * (1e200 + 1e200j))
try:
    (1e200 + 1j) ** 2 if False else 10j ** 1000
    print("no overflow")
except OverflowError as e:
    print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), 1j + True, [1j] * 2, divmod.__name__, 5j.real.is_integer())
print(repr(1e16j), repr(1.5e-7j), repr(123456789012345678j), repr(-0.0j), repr(0.1 + 0.2j))
