# Int operators on values up to 2**62: the eval loop computes results below
# 2**63 in machine words and reuses an operand the stack holds alone.
vals = [0, 1, -1, 7, -7, 2**29+3, 2**30-1, 2**30, -2**30-5, 2**31+7, -(2**45)+3, 2**59+11, 2**60-1, -(2**60)+1, 2**60, 2**62+1]
acc = 0
for a in vals:
    for b in vals:
        r1 = (a + 1) * (b - 1)
        r2 = (a + 1) - (b + 2)
        r3 = (a | 3) ^ (b & 0xFFFFFFFFF)
        r4 = (a + 2) // (b + 3) if b != -3 else 0
        r5 = (a - 1) % (b + 5) if b != -5 else 0
        r6 = (a + 0) >> 3
        r7 = (b + 1) << 5
        print(a, b, r1, r2, r3, r4, r5, r6, r7)
        acc += r1 - r2
print(acc)
s = 12345
for i in range(10000):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
print(s)
