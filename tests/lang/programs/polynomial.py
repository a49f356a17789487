# A polynomial class: construction, arithmetic, evaluation with Horner, derivative, division, pretty printing.
class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])
    __radd__ = __add__

    def __neg__(self):
        return Poly([-k for k in self.c])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, divisor):
        if divisor.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(divisor.c) + 1)
        lead = divisor.c[-1]
        for shift in range(len(rem) - len(divisor.c), -1, -1):
            factor = rem[shift + len(divisor.c) - 1] / lead
            if factor == int(factor):
                factor = int(factor)
            quot[shift] = factor
            for i, d in enumerate(divisor.c):
                rem[shift + i] -= factor * d
        return Poly(quot), Poly(rem[:len(divisor.c) - 1] or [0])

    def derivative(self):
        return Poly([i * k for i, k in enumerate(self.c)][1:])

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __repr__(self):
        return f"Poly({self.c})"

    def __str__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            k = self.c[power]
            if k == 0 and self.degree >= 0:
                continue
            sign = "-" if k < 0 else "+"
            k = abs(k)
            body = "" if (k == 1 and power) else str(k)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, body + var))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {t}" for s, t in terms[1:])

p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p.degree, q.degree, Poly([]).degree, Poly([0, 0]))
print(p + q, "|", p - p, "|", p * q, "|", q ** 3, "|", 2 * q, "|", q + 5)
print([p(x) for x in range(-2, 3)], q(10), (q ** 10)(2), Poly([1, 1])(0.5))
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly([7]).derivative())
quot, rem = divmod(p, q)
print(quot, "|", rem, "|", quot * q + rem == p)
quot, rem = divmod(Poly([-4, 0, -2, 1]), Poly([-3, 1]))
print(quot, "|", rem)
print(divmod(Poly([1, 0, 1]), Poly([0, 2])))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
binom = Poly([1, 1]) ** 8
print(binom.c, sum(binom.c), binom(1) == 2**8)
roots_poly = Poly([1])
for r in (1, 2, 3):
    roots_poly = roots_poly * Poly([-r, 1])
print(roots_poly, [roots_poly(x) for x in range(5)])
x = 3.5
for _ in range(20):
    x = x - roots_poly(x) / roots_poly.derivative()(x)
print(round(x, 10), Poly([1, 2]) == Poly([1, 2, 0]), Poly([1]) == 1)
try:
    p + "x"
except TypeError as e:
    print(type(e).__name__, e)
