# memoryview basics: slicing without copying, writes through to bytearray, tobytes/tolist, release.
data = bytearray(b"abcdef")
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), m.readonly, m.format, m.itemsize)
print(m.nbytes, m.ndim, m.shape, m.strides, m.contiguous, m.c_contiguous)
m[0] = ord("A")
print(data)
m[1:3] = b"BC"
print(data, bytes(m[::2]), m[::-1].tobytes())
sub = m[2:5]
sub[0] = ord("*")
print(data, sub.tobytes(), len(sub))
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[10]
except IndexError as e:
    print(type(e).__name__, e)
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], bytes(ro[:4]), ro.hex(), ro.tobytes().upper())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(m == data, m == b"ABC*ef", ro == b"readonly", memoryview(b"a") == memoryview(b"a"))
try:
    hash(m)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(ro) == hash(b"readonly"))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
m2 = memoryview(bytearray(b"release"))
m2.release()
m2.release()
try:
    len(m2)
except ValueError as e:
    print(type(e).__name__, e)
buf = bytearray(b"xyz")
view = memoryview(buf)
try:
    buf.append(1)
except BufferError as e:
    print(type(e).__name__, e)
view.release()
buf.append(ord("!"))
print(buf)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
print(list(memoryview(b"ab")), bytes(memoryview(b"abc")[1:]), b"".join([memoryview(b"j"), b"k"]))
print(type(m.obj).__name__, m.obj is data)
