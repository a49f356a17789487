# complex numbers: literals, constructor, real/imag, conjugate, repr forms.
vals = [1j, -1j, 0j, 1 + 2j, -1.5 - 0.5j, 3 + 0j, complex(0, -0.0), complex(-0.0, 0),
        complex(-0.0, -0.0), 1e20j, 1e-5 + 1e16j, complex(float("inf"), float("nan"))]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1.5, -2), complex(True, False))
print(complex("1+2j"), complex("  -1.5-2.5J "), complex("3j"), complex("-j"), complex("+j"),
      complex("(1+2j)"), complex("1e3-1e-3j"), complex("inf+nanj"), complex("4"))
for bad in ["1+", "j1", "1+2i", "(1+2j", "1 + 2j", "", "1+2j+3j", "jj"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex([1])
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1 + 2j, 3 + 4j), complex(1j, 1j), complex(real=1, imag=2))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
class BadC:
    def __complex__(self):
        return 1.5
try:
    complex(BadC())
except TypeError as e:
    print(type(e).__name__, e)
z = 3 + 4j
try:
    z.real = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(z).__name__, isinstance(z, complex), z == complex(3, 4), z != 3)
print(abs(z), abs(-5j), abs(complex(float("inf"), float("nan"))))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(0.1 + 0j))
print(hash(3 + 0j) == hash(3), hash(1j) == hash(1j), hash(0j))
print(complex.__name__, z.__getnewargs__(), (1 + 1j).__repr__())
