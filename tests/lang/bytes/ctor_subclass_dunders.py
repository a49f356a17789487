# constructors with keywords, subclasses, iterators and pickling hooks
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: bytes(source=b'ab'))
show(lambda: bytes(b'ab', errors='strict'))
show(lambda: bytes('ab', 'utf-8', errors='strict'))
show(lambda: bytearray(source=[1, 2]))
show(lambda: bytearray('é', encoding='latin-1'))
show(lambda: bytearray(b'x', 'utf-8'))
show(lambda: bytearray(errors='x'))
show(lambda: bytearray(memoryview(b'abcd')[::-1]))
show(lambda: bytearray(iter(range(3))))
show(lambda: bytearray(-1))
show(lambda: bytearray(None))
class BA(bytearray):
    def __repr__(self):
        return 'BA<' + bytes(self).decode() + '>'
x = BA(b'hi')
show(lambda: (x, type(x + b'!').__name__, type(x.upper()).__name__, x == b'hi', len(x)))
x.extend(b' there')
show(lambda: x)
show(lambda: type(BA.fromhex('41')).__name__)
class Plain(bytearray):
    pass
show(lambda: Plain(b'ab'))
class SB(bytes):
    def hello(self):
        return b'<' + self + b'>'
show(lambda: SB(b'q').hello())
show(lambda: SB('é', 'utf-8'))
show(lambda: type(bytes(SB(b'z'))).__name__)
show(lambda: type(iter(b'')).__name__)
show(lambda: type(iter(bytearray())).__name__)
it = iter(b'abc')
show(lambda: (next(it), it.__length_hint__(), list(it), it.__length_hint__()))
ba = bytearray(b'xyz')
it = iter(ba)
show(lambda: next(it))
ba.clear()
show(lambda: list(it))
show(lambda: bytearray(b'ab').__reduce_ex__(2))
show(lambda: bytearray(b'ab').__reduce_ex__(3))
show(lambda: b'' in b'abc')
show(lambda: bytearray() in b'')
show(lambda: [b'a' < bytearray(b'b'), bytearray(b'a') <= b'a', bytearray(b'b') > memoryview(b'a')])
show(lambda: b'a'.__eq__('a'))
show(lambda: b'abc'.__contains__(b'c'))
show(lambda: bytes.__len__(b'abcd'))
show(lambda: b'ab'.__add__(b'c'))
show(lambda: b'ab'.__mul__(2))
show(lambda: b'ab'.__rmul__(2))
show(lambda: b'%d'.__mod__(3))
show(lambda: b'ab'.__getitem__(slice(None, None, -1)))
show(lambda: bytes.__bytes__(b'x'))
show(lambda: bytearray(b'ab').__iadd__(b'c'))
show(lambda: bytearray(b'ab').__imul__(2))
show(lambda: bytearray(b'abc').__delitem__(0))
show(lambda: bytearray(b'abc').__setitem__(0, 65))
show(lambda: 2 * bytearray(b'ab'))
show(lambda: bytes.maketrans(bytearray(b'a'), memoryview(b'b')))
show(lambda: bytearray.maketrans(b'ab', b'cd')[97:100])
show(lambda: b'abc'.hex(sep=b':'))
show(lambda: bytearray(b'abc').hex())
show(lambda: memoryview(b'abc').hex('-', -1))
show(lambda: [b.upper() for b in (b'ab', bytearray(b'cd'))])
show(lambda: max(b'hello'))
show(lambda: sum(bytearray(b'\x01\x02')))
show(lambda: b'a' * 0)
show(lambda: bytearray(b'a') * -3)
show(lambda: len(b'x' * 1000))
show(lambda: memoryview(bytearray(b'ab')).__exit__(None, None, None))
for v in (b'ab', bytearray(b'ab'), memoryview(b'ab')):
    match v:
        case [a, b]:
            print('sequence', a, b)
        case _:
            print('not a sequence', type(v).__name__)
for t in (bytes, bytearray, memoryview):
    try:
        t.extra = 1
    except TypeError as e:
        print(type(e).__name__, e)
