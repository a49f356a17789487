# complex repr, str and format(): parentheses, signed zeros, specs.
zs = [1 + 2j, -1 - 2j, 1.5j, -0.0j, complex(-0.0, 0.0), 1e100 + 1e-100j, complex(1, float("inf")),
      complex(float("nan"), -1), 12345.678 + 0.001j, complex(0.1, 0.2)]
for z in zs:
    print(repr(z), format(z, ""), format(z, ".2f"), format(z, "g"), format(z, "^30.3e") + "|")
print(format(1 + 2j, ">20"), format(1 + 2j, "<20") + "|", format(1 + 2j, "+.1f"))
print(format(3 - 4j, "10.2f"), format(3 - 4j, ".0f"), format(3.5 - 4.25j, "E"))
print(f"{1+2j}", f"{1+2j!r}", f"{1+2j:.3}", "{:.1f}".format(2.25 + 3.75j))
for bad in ["=10.2f", "010.2f", "d", "%", "c"]:
    try:
        format(1 + 2j, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(str(complex(1, 2)), str(2j), str(complex(0, 0)), str(complex(-0.0, -0.0)))
print("%s %r" % (1 + 1j, 2 - 2j))
print([1j, 2 + 0j, complex(0, 1e16), complex(1e16, 0)])
try:
    "%f" % (1 + 1j)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(complex(2, -0.0)), repr(complex(-2, -0.0)), repr(-(2 + 0j)))
print(1e16j, 1e15j, 123456789012345678j)
print(complex(5, 0) == 5, repr(complex(5)), repr(complex(5.5, 0)))
print(format(complex(1, 1), "", ), format(complex(1, 1), "10"), len(format(complex(1, 1), "10")))
class Z(complex):
    def __repr__(self):
        return "Z" + complex.__repr__(self)
print(Z(1, 2), repr(Z(1, 2)), Z(1, 2) + 1, type(Z(1, 2) + 1).__name__)
print(format(Z(1, 2), ".1f"), str(Z(3)))
print(abs(Z(3, 4)), Z(3, 4).conjugate(), type(Z(3, 4).conjugate()).__name__)
