# int str/repr, bin/oct/hex, and the format mini-language for integers.
for n in [0, 7, -7, 255, -255, 10**20, -(10**20)]:
    print(repr(n), str(n), bin(n), oct(n), hex(n))

n = 1234567
specs = ["d", "5d", "-5d", "+d", " d", "010d", "<10d", ">10d", "^10d", "*^11d", "=+12d",
         ",d", "_d", "_x", "_b", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b",
         "n", "c" if False else "d", "e", ".2e", "f", ".1f", "%", ".3g", "g", "08.2f",
         "+,d", "_o"]
for spec in specs:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))

print(format(65, "c"), format(0x263A, "c"), format(0, "d"), format(-0, "+d"))
print(format(True, "d"), format(True, ""), format(False, "5"))
print(format(255, "#_b"), format(2**40, ","), format(-2**40, "_x"))
print("{:>8}|{:<8}|{:^8}|".format(42, 42, 42))
print("{:08,d}".format(123456), "{:,}".format(-1234567890123))

for bad in ["s", ",c", "=c" if False else "z", ".2d", "xx", ",_d"]:
    try:
        print(bad, format(12, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(1 << 22, "c")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__format__(5, "03"), (5).__format__(""))
print(str(-0), repr(True + 0), int.__repr__(12))
print(format(10**25, "e"), format(10**25, ".30g"))
