# memoryview.cast between byte and integer formats; tolist for multi-byte items; toreadonly.
raw = bytearray(range(8))
m = memoryview(raw)
ints = m.cast("I")
print(ints.format, ints.itemsize, len(ints), ints.nbytes, ints.tolist())
shorts = m.cast("H")
print(shorts.tolist(), shorts[1], shorts.shape)
signed = memoryview(bytearray(b"\xff\x7f\x80\x00")).cast("b")
print(signed.tolist(), signed[0])
matrix = m.cast("B", shape=[2, 4])
print(matrix.ndim, matrix.shape, matrix.strides, matrix.tolist())
try:
    m.cast("I", shape=[3])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    memoryview(bytearray(3)).cast("I")
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.cast("Z")
except ValueError as e:
    print(type(e).__name__, e)
shorts[0] = 0xFFFF
print(raw[:2], shorts.tolist()[:2])
try:
    shorts[0] = 0x10000
except ValueError as e:
    print(type(e).__name__, e)
back = ints.cast("B")
print(back.format, back.tolist())
ro = m.toreadonly()
print(ro.readonly, m.readonly, ro.tolist()[:3])
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
chars = memoryview(b"hi").cast("c")
print(chars.tolist(), chars[0], chars.format)
doubles = memoryview(bytearray(16)).cast("d")
doubles[0] = 1.5
doubles[1] = -2.25
print(doubles.tolist(), doubles.itemsize)
q = memoryview(bytearray(8)).cast("q")
q[0] = -2
print(q.tolist(), bytes(q.cast("B")))
print(memoryview(b"abc").cast("B").tobytes(), memoryview(b"ab").hex(), memoryview(b"ab").tobytes("A") if False else "")
print(m.cast("H") == m.cast("H"), m.cast("B") == raw)
print(list(memoryview(b"xyz")[::2]), memoryview(b"xyz")[::-1].tolist())
