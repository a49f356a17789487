# Bitwise and, or, xor, invert on positive, negative and big integers.
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2**70, -2**70, 2**70 - 1]
for a in vals[:7]:
    print(a, [a & b for b in vals[:7]])
    print(a, [a | b for b in vals[:7]])
    print(a, [a ^ b for b in vals[:7]])

for a in vals:
    print(a, ~a, ~~a == a, -a - 1 == ~a)

print(2**70 & (2**70 - 1), (2**70) | 1, (2**70) ^ (2**70))
print(-2**70 & 0xFFFF, -1 & (2**100 - 1) == 2**100 - 1)
print((-2**70) | 0xFF, (-2**70) ^ -1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(bin(0b1100 & ~0b0100))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__, ~True, ~False)

for bad in ["1 & 1.0", "1 | 'a'", "~1.5", "1 ^ None", "[] & 1"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)

x = 0xF0F0
x &= 0xFF00
print(hex(x))
x |= 0x000F
print(hex(x))
x ^= 0xFFFF
print(hex(x))
print(int.__and__(6, 3), int.__or__(6, 3), int.__xor__(6, 3), int.__invert__(6))
print((6).__rand__(3), (6).__ror__(3), (6).__rxor__(3))
