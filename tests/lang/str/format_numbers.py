# The format mini-language on ints, floats and complex numbers via format(), f-strings and str.format.
def show(value, spec):
    try:
        print(repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

for spec in ["", "d", "5", "<5", "^7", "=+8", "08", "010,", "_", "#b", "#o", "#X", "_x", "#012_b",
             ",", "+,d", " d", "c", "n", "e", ".2f", "%", "s", ".2", "z", "#c", "+c", ",x"]:
    show(1234, spec)
    show(-42, spec)
for spec in ["", "f", ".1f", ".0f", "#.0f", "e", ".3E", "g", "G", ".3g", "#g", "%", ".1%",
             "n", ",.2f", "015,.3f", "+.2e", " g", "z.1f", "z", "10", "<10", "^+12.4", "d"]:
    for value in [1234.5678, -0.00001, 1e22, float("inf"), float("nan"), -0.0]:
        show(value, spec)
for spec in ["", "g", ".2f", "+.1e", "^20", "<15.3", "010", "=5", "%", "n", "z.0f"]:
    for value in [1 + 2j, -1.5j, complex(0, -0.0), complex(-0.0, 3)]:
        show(value, spec)
print(f"{3.5:{'>'}{10}.{2}f}|{255:#{'x'}}|{1e6:,.0f}")
print("{:,} {:_b} {:>+9.3f} {!r:^9}".format(10**12, 37, 2.71828, "s"))
show(True, "")
show(True, "d")
show(False, "#x")
show(2**100, ",")
show(2**70, "_o")
show(0x110000, "c")
show(-1, "c")
