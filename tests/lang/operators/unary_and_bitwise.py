# Unary operators (+ - ~ not) on builtin types and their dunders; bitwise ops on bools, ints, sets.
for v in [0, 5, -5, 2.5, -0.0, 1j, True, False, 10**20]:
    print(repr(v), repr(-v), repr(+v), repr(not v))
for v in [0, 5, -5, True, 10**20]:
    print(repr(v), repr(~v))
for bad in ["-'a'", "+[]", "~1.5", "-None", "~'x'", "+{}"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "invert"
u = U()
print(-u, +u, ~u, not u, --5, -+-5, ~~7, not not [])
print(True & True, True | False, True ^ True, False ^ True, type(True ^ True).__name__, True & 5)
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3}, {1, 2} - {2})
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, bin(~0b1100 & 0xF))
print(-7 & 0xFF, -7 | 0, -7 ^ -1, (-1) >> 100, 1 << 70 >> 69)
print(-(-2 ** 63), +(-0.0), -(0j), repr(-(0.0 + 0j)))
class Signed(int):
    def __neg__(self):
        return Signed(int(self) * -1)
    def __repr__(self):
        return f"Signed({int(self)})"
print(-Signed(3), +Signed(3), type(+Signed(3)).__name__, abs(Signed(-4)), type(abs(Signed(-4))).__name__)
x = 5
x = -x
x = ~x
print(x)
print(-True, +False, ~True, -(-True))
print(-float("inf"), -float("nan") != -float("nan"))
print(not 0.0, not "", not " ", not [0], not {}, not None, not object())
