# int subclasses, int(x) protocols, big-number methods and exact mixed results.
class I(int):
    pass


class Idx:
    def __index__(self):
        return 7


class Bad:
    def __int__(self):
        return "x"


def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: I(5))
t(lambda: I("ff", 16) + 1)
t(lambda: int(I(5)))
t(lambda: type(+I(5)).__name__)
t(lambda: isinstance(I(3) * 2, I))
t(lambda: int.__new__(I, 9))
t(lambda: I.from_bytes(b"\x01\x00", "little"))
t(lambda: int(Idx()))
t(lambda: int(Bad()))
t(lambda: int("12", base=I(10)))
t(lambda: round(1234567, -3))
t(lambda: round(-2500, -3))
t(lambda: round(-3500, -3))
t(lambda: round(2**100 + 5, -1))
t(lambda: round(10**50 + 5 * 10**29, -30))
t(lambda: round(123, -10))
t(lambda: (5).__round__(-1))
t(lambda: (5).__round__(2))
t(lambda: (2**100).to_bytes(13, "big"))
t(lambda: (-(2**100)).to_bytes(13, "little", signed=True))
t(lambda: int.from_bytes(b"\xff" * 20, "big", signed=True))
t(lambda: int.from_bytes([1, 2, 3], byteorder="little"))
t(lambda: (2**100).__getnewargs__())
t(lambda: (2**100).as_integer_ratio())
t(lambda: (10**20).real)
t(lambda: (10**20).numerator)
t(lambda: (10**20).denominator)
t(lambda: (10**20).imag)
t(lambda: (10**20).conjugate())
t(lambda: [x.__sizeof__() for x in (0, 1, 2**30, 2**60, 2**90, -(2**300))])
t(lambda: True.bit_length())
t(lambda: (-(2**100)).bit_count())
t(lambda: hash(2**100) == hash(float(2**100)))
t(lambda: [hash(v) for v in (2**61 - 1, 2**61, -(2**61), 2**100, -(2**70), 10**30)])
t(lambda: pow(3, -1, 7))
t(lambda: pow(-3, 5, -7))
t(lambda: pow(6, -1, 9))
t(lambda: pow(2**100 + 1, -1, 2**127 - 1))
t(lambda: pow(-(2**70), 2**65 + 1, 10**20 + 39))
t(lambda: divmod(-10**30, 7))
t(lambda: divmod(10**30, -(2**70)))
t(lambda: -(10**30) // -7)
t(lambda: (10**30) / 7)
t(lambda: (10**400) / (10**399))
t(lambda: 1 / 10**400)
t(lambda: ~(2**70))
t(lambda: -(2**70) & 0xffff)
t(lambda: -(2**70) | 1)
t(lambda: -(2**70) ^ -(2**69))
t(lambda: -(2**70) >> 3)
t(lambda: -(2**70) >> 300)
t(lambda: (2**70) << 100)
t(lambda: abs(-(2**64)))
t(lambda: (-2**63) * -1)
t(lambda: (-2**63) // -1)
t(lambda: 3 ** 200 % 1000)
t(lambda: (-3) ** 101)
t(lambda: 2 ** -2)
t(lambda: (-8) ** -1)
t(lambda: (10**400) ** -1)
t(lambda: bool(2**100))
t(lambda: float(2**1024 - 2**970))
t(lambda: float(2**1024 - 2**969))
t(lambda: float(2**53 + 1))
t(lambda: int(1e300) == 10**300)
t(lambda: int(-1.5e19))
t(lambda: 1 << 10**20)
