# bytearray: item/slice assignment and deletion, in-place operators, methods, export locks
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'abcdef')
def op(src):
    global ba
    ba = bytearray(b'abcdef')
    try:
        exec(src, {'ba': ba})
        print(src, '->', ba)
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
for s in ["ba[0] = 65", "ba[-1] = 300", "ba[1:3] = b'XYZ'", "ba[::2] = b'123'", "ba[::-2] = [1, 2, 3]", "del ba[::3]", "del ba[1:-1]",
          "ba[1:1] = ba", "ba[2:] = range(3)", "ba[:] = b''", "ba += b'gh'", "ba *= 2", "ba.extend(b'xy')", "ba.extend(iter([1,2]))",
          "ba.insert(2, 0)", "ba.reverse()", "ba.remove(99)", "ba.append(33)", "ba.pop(); ba.pop(0)", "ba.clear()",
          "m = memoryview(ba); ba.append(1)", "m = memoryview(ba); ba[0:2] = b'XY'", "m = memoryview(ba); del ba[0]",
          "m = memoryview(ba); m.release(); ba.append(1)", "with memoryview(ba) as m: m[0] = 122", "m = memoryview(ba)[2:4]; ba.extend(b'q')",
          "m = memoryview(ba); m2 = m[1:]; m.release(); m2[0] = 66", "ba[0:2] = memoryview(b'pq')", "ba[1] = b'x'"]:
    op(s)
