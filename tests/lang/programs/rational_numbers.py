# A Fraction-like Rational class: normalisation, arithmetic with ints and floats, ordering, hashing, errors.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num=0, den=1):
        if isinstance(num, str):
            text = num.strip()
            if "/" in text:
                n, _, d = text.partition("/")
                num, den = int(n), int(d)
            else:
                num = int(text)
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError("numerator and denominator must be integers")
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        g = gcd(num, den) or 1
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Rational):
            return x
        if isinstance(x, int):
            return Rational(x)
        return NotImplemented
    def __add__(self, o):
        if isinstance(o, float):
            return float(self) + o
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __sub__(self, o):
        return self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        if isinstance(o, float):
            return float(self) * o
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __pow__(self, e):
        if not isinstance(e, int):
            return NotImplemented
        if e < 0:
            return Rational(self.den ** -e, self.num ** -e)
        return Rational(self.num ** e, self.den ** e)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den) if abs(self.num) < 2**52 else (abs(self.num) // self.den) * (1 if self.num > 0 else -1)
    def __bool__(self):
        return self.num != 0
    def __eq__(self, o):
        if isinstance(o, float):
            return float(self) == o
        o = self._coerce(o)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return o < self
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
R = Rational
half, third = R(1, 2), R(1, 3)
print(half + third, half - third, half * third, half / third, third ** 2, half ** -3, R(-6, -8), R(6, -8))
print(1 + half, 1 - half, 2 * third, 1 / third, half + 0.25, 0.25 * half, repr(-half), abs(R(-3, 4)))
print(half == R(2, 4), half == 0.5, R(4, 2) == 2, half != third, third < half, half <= half, 1 < R(3, 2), R(5) > 4)
print(sorted([R(3, 4), R(-1, 2), R(2, 3), 0, R(1, 100)]), max(R(1, 3), R(2, 7)))
print(len({R(1, 2), R(2, 4), R(3, 6)}), hash(R(4, 2)) == hash(2), {2: "two"}[R(4, 2)])
print(float(third), int(R(7, 2)), int(R(-7, 2)), bool(R(0, 5)), bool(third), str(R(10, 5)))
total = sum((R(1, n * (n + 1)) for n in range(1, 50)), R(0))
print("telescoping", total)
harmonic = sum(R(1, k) for k in range(1, 21))
print("H20 =", harmonic, round(float(harmonic), 6))
x = R(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print("sqrt2 ~", x, f"{float(x):.15f}")
print(R("3/4"), R(" -10/4 "), R("7"))
for bad in (lambda: R(1, 0), lambda: R(1.5), lambda: half / 0, lambda: R("x/2"), lambda: half + "a", lambda: half ** 0.5,
            lambda: half < "a", lambda: setattr(half, "other", 1)):
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
