# sys's struct sequences: version_info, flags, float_info, int_info, hash_info as named tuples.
import sys
vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.releaselevel, vi.serial, len(vi))
print(vi >= (3, 8), vi < (4,), vi == (3, 11, 2, "final", 0), isinstance(vi, tuple))
print(type(vi).__name__, type(vi).__module__, repr(type(vi)))
print(type(vi).n_fields, type(vi).n_sequence_fields, type(vi).n_unnamed_fields)
print(type(vi).__match_args__)
match vi:
    case (3, minor, *rest):
        print("python 3 minor", minor, rest)
major, minor, *_ = vi
print(major, minor, list(vi)[3:], tuple(vi))
for T in (type(vi), type(sys.flags)):
    try:
        T((1, 2, 3, 4, 5))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vi.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
fl = sys.flags
print(fl.optimize, fl.verbose, fl.dev_mode, fl.safe_path, fl.int_max_str_digits, len(fl))
print(type(fl).__match_args__[:4], fl[0], fl[-1])
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
F = type(fi)
g = F(range(11))
print(g, g.max_exp, type(g).__name__)
for bad in [(1, 2), range(12)]:
    try:
        F(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    F(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits)
print(hash(float("inf")) == hi.inf, hash(2 ** 61 - 1) == 0, hash(1j) == hi.imag)
print(hash(hi.modulus + 5) == 5, hash(-1), hash(-(hi.modulus)))
print(sys.hexversion == 0x030B02F0, sys.hexversion >> 24, sys.float_repr_style)
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder)
print(sys.version.startswith("3.11"), sys.implementation.version == vi,
      sys.implementation.hexversion == sys.hexversion)
print(vi.__reduce__()[1] if type(vi).__reduce__ is not tuple.__reduce__ else "no reduce")
print(fi == tuple(fi), hash(fi) == hash(tuple(fi)), fi[1:3], fi.count(2), fi.index(1024))
