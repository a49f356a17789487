# Infinities and NaN: arithmetic, comparison, containment, conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), repr(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, -inf * -inf, inf ** 0, nan ** 0)
print(1 / inf, -1 / inf, inf % 2 if False else "skip", 2 % inf, -2 % inf, 2 // inf, -2 // inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf == inf, inf > 10**400)
print(inf > 1e308, -inf < -1e308, max(inf, 1), min(-inf, 1))
x = nan
print(x in [x], nan in [float("nan")], [x] == [x], (x,) == (x,), x is x)
print({nan: 1}.get(nan), {nan: 1}.get(float("nan")))
print(float("Inf"), float("-INFINITY"), float("+inf"), float("nAn"), float("-nan"), float(" inf "))
print(float("infinity"), float("iNfInItY"))
for bad in ["infinit", "in", "nana", "inf inf", "- inf"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    inf % 2
    print("inf % 2 gave", inf % 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(divmod(inf, 2))
except ValueError as e:
    print(type(e).__name__, e)
print(inf.is_integer(), nan.is_integer(), inf.hex(), -nan == nan)
print(sorted([3.0, inf, -inf, 0.0]), sum([inf, -inf]), sum([inf, inf]))
print(abs(-inf), abs(nan), -nan, +inf)
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 1e308 - 1e308 * 1e308)
print(f"{inf:f} {-inf:e} {nan:g} {inf:10.2f}| {nan:+f} {inf:%}")
print(format(inf, "F"), format(nan, "E"), format(-inf, "G"))
print(inf == 10**1000, inf > 10**1000, -inf < -10**1000)
print(int(1e308) > 0, float(10**308) < inf)
try:
    float(10**309)
except OverflowError as e:
    print(type(e).__name__, e)
