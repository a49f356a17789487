# Left and right shifts: big results, negative operands, negative counts.
for n in [0, 1, -1, 5, -5, 1000, -1000, 2**64, -2**64]:
    print(n, [n << k for k in (0, 1, 3, 64)], [n >> k for k in (0, 1, 3, 64)])

print(1 << 100, (1 << 100) >> 100, -1 >> 1000, 1 >> 1000, -(1 << 100) >> 99)
print(-7 >> 1, -8 >> 1, -9 >> 2, 7 >> 1)

for bad in [(1, -1), (-5, -3)]:
    try:
        print(bad[0] << bad[1])
    except ValueError as e:
        print("<<", bad, type(e).__name__, e)
    try:
        print(bad[0] >> bad[1])
    except ValueError as e:
        print(">>", bad, type(e).__name__, e)

try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 >> 1
except TypeError as e:
    print(type(e).__name__, e)

print(0 << 10 ** 20, 0 >> 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
try:
    1 << 10 ** 20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

x = 3
x <<= 5
print(x)
x >>= 2
print(x)
print(True << 3, False >> 1, True << True)
print(int.__lshift__(3, 2), int.__rshift__(96, 3), (2).__rlshift__(3), (2).__rrshift__(12))
print(sum(1 << i for i in range(0, 64, 8)))
print([(-1 << i) for i in range(5)])
