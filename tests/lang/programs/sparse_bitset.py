# Bit manipulation: a BitSet class on a Python int, set algebra through operators, popcount, and classic bit tricks.
class BitSet:
    def __init__(self, items=(), *, _bits=0):
        self.bits = _bits
        for i in items:
            self.add(i)
    def add(self, i):
        if i < 0:
            raise ValueError(f"negative member {i}")
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return i >= 0 and (self.bits >> i) & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o): return BitSet(_bits=self.bits | o.bits)
    def __and__(self, o): return BitSet(_bits=self.bits & o.bits)
    def __sub__(self, o): return BitSet(_bits=self.bits & ~o.bits)
    def __xor__(self, o): return BitSet(_bits=self.bits ^ o.bits)
    def __le__(self, o): return self.bits & ~o.bits == 0
    def __eq__(self, o): return isinstance(o, BitSet) and self.bits == o.bits
    def __hash__(self): return hash(self.bits)
    def __repr__(self): return f"BitSet({list(self)})"

a = BitSet([1, 3, 5, 64, 100])
b = BitSet(range(0, 10, 2))
print(a, b, len(a), 64 in a, 63 in a, -1 in a)
print(a | b, a & BitSet([3, 100]), a - b, a ^ b, BitSet([3]) <= a, a <= b, a == BitSet([100, 64, 5, 3, 1]))
a.discard(64)
a.discard(7)
print(a, a.bits, hex(a.bits), a.bits.bit_length())
try:
    a.add(-2)
except ValueError as e:
    print(type(e).__name__, e)
print(len({BitSet([1]), BitSet([1]), BitSet([2])}))
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in (0, 1, 255, 2**64 - 1, 0b1011)], (2**64 - 1).bit_count())
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_power_of_two(n)], is_power_of_two(2**100), is_power_of_two(2**100 + 1))
def lowest_bit(n):
    return n & -n
print([lowest_bit(n) for n in (12, 10, 7, 96, 2**70)], -12 & 0xFF, ~0, ~5, -1 >> 3, -16 >> 2, 1 << 70 >> 69)
def reverse_bits(n, width=8):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out
print([f"{reverse_bits(n):08b}" for n in (1, 6, 0b10110000)], reverse_bits(1, 32))
def gray(n):
    return n ^ (n >> 1)
codes = [gray(n) for n in range(8)]
print([f"{c:03b}" for c in codes], all(popcount(codes[i] ^ codes[i + 1]) == 1 for i in range(7)))
def subsets(mask):
    sub = mask
    while True:
        yield sub
        if sub == 0:
            return
        sub = (sub - 1) & mask
print([bin(s) for s in subsets(0b1011)])
x, y = 12, 25
x ^= y; y ^= x; x ^= y
print(x, y, 5 & 3, 5 | 3, 5 ^ 3, (-5) & 3, (-5) | 3, (-5) ^ 3, 2**100 & (2**100 - 1), (2**100) | 1 == 2**100 + 1)
flags = {"READ": 4, "WRITE": 2, "EXEC": 1}
perm = flags["READ"] | flags["EXEC"]
print([name for name, bit in flags.items() if perm & bit], oct(0o755 & ~0o022), f"{0o644:o}", int("755", 8))
for bad in (lambda: 1 << -1, lambda: 1.0 << 1, lambda: 1 & 1.5, lambda: ~1.5):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
