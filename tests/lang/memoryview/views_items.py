# memoryview: slicing, casts, item packing per format, equality, hashing, release
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(bytearray(b'abcdefgh'))
show(lambda: (m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides))
show(lambda: m[::2].tobytes())
show(lambda: m[::-1].tolist())
show(lambda: m[1:7:2].strides)
show(lambda: m.cast('H').tolist())
show(lambda: m.cast('i', [2]).tolist())
show(lambda: m.cast('B', [2, 2, 2]).tolist())
show(lambda: m.cast('B', [2, 4])[1, 3])
show(lambda: m.cast('B', [2, 4])[0])
show(lambda: m.cast('c')[2])
show(lambda: m.cast('?')[0])
show(lambda: m.cast('d').tolist())
show(lambda: m.cast('q').tolist())
show(lambda: m.cast('f').tolist())
show(lambda: m.cast('b')[::3].tolist())
show(lambda: m[::2].cast('B'))
show(lambda: m.cast('H').cast('I'))
show(lambda: m.cast('x'))
show(lambda: m.cast('B', [3]))
def assign(i, v, fmt='B'):
    mm = memoryview(bytearray(8)).cast(fmt)
    try:
        mm[i] = v
        print(fmt, mm.tolist())
    except Exception as e:
        print(fmt, type(e).__name__, e)
assign(0, 255); assign(0, 256); assign(0, -1, 'b'); assign(1, -129, 'b'); assign(0, 65535, 'H'); assign(0, 1.5, 'd'); assign(0, 2, 'd')
assign(0, 1.5, 'i'); assign(0, 'x', 'Q'); assign(0, 2**64 - 1, 'Q'); assign(0, 2**64, 'Q'); assign(0, -2**63, 'q'); assign(0, 2**63, 'q')
assign(0, b'z', 'c'); assign(0, b'zz', 'c'); assign(0, 7, '?'); assign(9, 1); assign(slice(0, 2), b'ab')
r = memoryview(b'abc')
show(lambda: r.__setitem__(0, 1))
show(lambda: hash(r) == hash(b'abc'))
show(lambda: hash(memoryview(bytearray(b'a'))))
show(lambda: hash(r.cast('c')) == hash(b'abc'))
show(lambda: r == b'abc')
show(lambda: r == bytearray(b'abc'))
show(lambda: r.cast('c') == r)
show(lambda: memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00\x00\x00').cast('I')[0:1].cast('B')[0:2])
show(lambda: r != b'abd')
show(lambda: r < r)
show(lambda: r.obj)
show(lambda: r[1:].obj)
show(lambda: memoryview(r).tolist())
show(lambda: list(r))
show(lambda: len(r))
show(lambda: r.hex())
show(lambda: r.toreadonly().readonly)
show(lambda: bytes(r[::-1]))
show(lambda: bytearray(r[::2]))
show(lambda: b'x' + r)
show(lambda: r[5])
show(lambda: r[1.0])
show(lambda: r[0, 0])
show(lambda: memoryview('s'))
show(lambda: memoryview(object=b'k').tolist())
r.release()
show(lambda: r.tolist())
show(lambda: r.obj)
show(lambda: r == r)
show(lambda: r == b'')
show(lambda: r.release())
show(lambda: len(r))

# non-contiguous views meet bytes and bytearray
m = memoryview(b'abcdef')
for f in (lambda: b'x' + m[::2], lambda: bytearray(b'x') + m[::2], lambda: b''.join([m[::2]]), lambda: bytearray(b'ace') == m[::2],
          lambda: b'ace' == m[::2], lambda: m[::2] == b'ace', lambda: b'abc'.startswith(m[::2]), lambda: b'x' + 'y', lambda: b'a' in m, lambda: 97 in m,
          lambda: bytes(m[::2]).find(m[::2]), lambda: bytearray(b'x').__iadd__(m[::-1])):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# an '@' prefix on the native format is kept as spelled
v = memoryview(bytearray(b'ab'))
print(v.cast('@B').format, memoryview(v.cast('@c')).format, v.cast('@c')[0], v.cast('@B').cast('c').format)
