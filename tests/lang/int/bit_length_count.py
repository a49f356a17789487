# bit_length, bit_count, and relations with shifts and powers of two.
for n in [0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2**100, -2**100, 2**100 - 1]:
    print(n, n.bit_length(), n.bit_count())

ok = True
for k in range(1, 200):
    if (2 ** k).bit_length() != k + 1 or (2 ** k - 1).bit_length() != k:
        ok = False
    if (2 ** k - 1).bit_count() != k:
        ok = False
print("powers of two", ok)
print(True.bit_length(), False.bit_length(), True.bit_count())
print(int.bit_length(1000), int.bit_count(1000))
print((10**100).bit_length(), (10**100).bit_count())
print([(1 << i).bit_length() for i in range(10)])
print(sum(bin(i).count("1") == i.bit_count() for i in range(1000)))
try:
    (1).bit_length(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.bit_length(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((-(2**63)).bit_length(), (2**63).bit_length(), (2**63 - 1).bit_length())
print(len(bin(12345)) - 2 == (12345).bit_length())
n = 1
steps = 0
while n.bit_length() < 50:
    n = n * 3 + 1
    steps += 1
print(steps, n)
print((0).bit_count(), (-7).bit_count(), (7).bit_count())
print(hex(2**64).count("0"), (2**64 - 1).bit_count())
print((255).bit_length() == 8, (256).bit_length() == 9)
