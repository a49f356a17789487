# Number conversions: Roman numerals both ways with validation, arbitrary base conversion, words for numbers.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in PAIRS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)

def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s.upper()):
        if ch not in values:
            raise ValueError(f"invalid Roman digit {ch!r}")
        v = values[ch]
        if i + 1 < len(s) and values.get(s[i + 1].upper(), 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total

for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in (0, 4000, -1, 2.0, True, "12"):
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ("IIII", "VX", "ABC", "mcmxciv", "IC"):
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print(type(e).__name__, e)

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(DIGITS[d])
    return sign + "".join(reversed(out))

for n, b in ((255, 2), (255, 16), (-255, 16), (0, 7), (10**20, 36), (35, 36), (12345, 8)):
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print(to_base(255, 16) == format(255, "x"), to_base(8, 8) == oct(8)[2:], to_base(-5, 2) == bin(-5).replace("0b", ""))
try:
    to_base(5, 37)
except ValueError as e:
    print(type(e).__name__, e)

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(r) if r else "")
    for value, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= value:
            q, r = divmod(n, value)
            return words(q) + " " + name + ((", " if r >= 100 else " and ") + words(r) if r else "")
for n in (0, 7, 13, 20, 42, 100, 115, 999, 1000, 1001, 123456, 7000000, 1234567891):
    print(n, words(n))
print(sum(len(words(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)) - len("onethousand") + len("onethousand"))
