# Formatting floats: format() presentation types, precision, alignment, grouping.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-5, 1.5e16, 123456789.0, 0.000123]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%",
         "10.3f", "<10.2f", "^10.2f", ">10.2f", "010.2f", "+.2f", " .2f", ",.2f", "_.2f",
         ",", "n", ".10g", "=+10.1f", "*<12.3e", ".0e", ".0%", ".1"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print(format(1e100, ".3f")[:20], len(format(1e100, "f")))
print(format(123.456, ".50f"))
print(format(5e-324, ".3e"), format(1.7976931348623157e308, "e"))
print(format(1.0, "z.1f") if False else format(-0.0, ".1f"))
for bad in ["d", "x", "c", "s", ".2d", ",_f", "=.2s"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print("{:.3}".format(3.14159), "{:10}|".format(2.5), "{:<10}|".format(2.5))
print("{0:.2f} {0:.0e} {0:g}".format(12345.6789))
print(f"{1/3:.5f} {2/3:.5} {1e-7:g} {1e-7}")
print("%.2f %e %g %10.3f %-10.1f| %+f" % (3.14159, 31415.9, 0.00001, 2.5, 2.5, 1.0))
print("%.0f %.0f %.0f %#.0f" % (0.5, 1.5, 2.5, 3.0))
print("%5.1e %G %E" % (123456.0, 1e-10, 1e10))
class Money(float):
    def __format__(self, spec):
        return "$" + float.__format__(self, spec or ".2f")
m = Money(1234.5)
print(format(m), format(m, ",.1f"), f"{m}", f"{m:>12,.2f}", "{}".format(m))
print(str(m), repr(m))
width, prec = 12, 3
print(f"{3.14159:{width}.{prec}f}|", "{:{}.{}f}|".format(2.71828, width, prec))
print(f"{-1.5:=10.2f}|{1.5:<+8}|{0.1:^9.1%}|")
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".17g"), format(123.0, ""))
print(format(0.0001, ""), format(0.00001, ""), format(1e-5, "f"))
