# bytes: split/strip/partition/join/replace, padding, hex, codecs, %, subclasses and errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for b in (b'  a  b c  ', bytearray(b'x,y,,z')):
    show(lambda: b.split())
    show(lambda: b.split(None, 1))
    show(lambda: b.rsplit(None, 1))
    show(lambda: b.split(b','))
    show(lambda: b.rsplit(b',', 1))
    show(lambda: b.split(sep=b',', maxsplit=1))
    show(lambda: b.strip())
    show(lambda: b.strip(b' ,x'))
    show(lambda: b.partition(b','))
    show(lambda: b.rpartition(b' '))
show(lambda: b'a\r\nb\rc\n\nd'.splitlines())
show(lambda: b'a\r\nb\rc\n\nd'.splitlines(keepends=True))
show(lambda: b', '.join([b'a', bytearray(b'b'), memoryview(b'c')]))
show(lambda: b''.join(x for x in [b'p', b'q']))
show(lambda: b'-'.join([b'a', 'b']))
show(lambda: b'abcabc'.replace(b'bc', b'X'))
show(lambda: b'abcabc'.replace(b'bc', b'X', 1))
show(lambda: b'abc'.replace(b'', b'.'))
show(lambda: b'a\tb\n\tc'.expandtabs(3))
t = bytes.maketrans(b'abc', b'xyz')
show(lambda: b'aabbcc'.translate(t))
show(lambda: b'aabbcc'.translate(t, b'b'))
show(lambda: b'aabbcc'.translate(None, delete=b'ac'))
show(lambda: b'abc'.split(b''))
show(lambda: b'abc'.split(1))
show(lambda: b'abc'.rsplit(maxsplit=None))
show(lambda: b'hello'.center(11, b'*'))
show(lambda: b'hello'.zfill(8))
show(lambda: b'-hello'.zfill(8))
show(lambda: b'Hello World'.swapcase().title().capitalize())
show(lambda: [b'abc'.isalpha(), b'ab1'.isalnum(), b'12'.isdigit(), b''.isspace(), b'Ab Cd'.istitle()])
show(lambda: b'hello'.hex('-', 2))
show(lambda: bytes.fromhex('de ad be ef').hex())
show(lambda: bytearray.fromhex('ff00'))
show(lambda: b'caf\xc3\xa9'.decode())
show(lambda: 'café'.encode())
show(lambda: b'\xe9'.decode('latin-1'))
show(lambda: b'\xff'.decode('utf-8', 'replace'))
for f in (lambda: b'\xff'.decode(), lambda: bytes('é', 'ascii')):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__)
show(lambda: bytes('é', 'ascii', 'ignore'))
class B:
    def __bytes__(self):
        return b'from dunder'
show(lambda: bytes(B()))
class Bad:
    def __bytes__(self):
        return 'no'
show(lambda: bytes(Bad()))
class Idx:
    def __index__(self):
        return 3
show(lambda: bytes(Idx()))
show(lambda: bytes(range(5)))
show(lambda: bytes([1, 2, 256]))
show(lambda: b'abc'[Idx() if False else 1])
show(lambda: b'abc' * Idx())
show(lambda: b'%s and %d and %5.1f and %x' % (b'x', 42, 3.14159, 255))
show(lambda: b'%(k)s' % {b'k': b'v'})
show(lambda: b'%c%c' % (104, b'i'))
show(lambda: b'%a %r' % ('é', 'x'))
show(lambda: b'%s' % 'str')
show(lambda: b'%d' % (1, 2))
show(lambda: bytearray(b'%d!') % 7)
class SB(bytes):
    pass
s = SB(b'abc')
show(lambda: (type(s).__name__, s, s.upper(), type(s.upper()).__name__, s + b'd', len(s), s[1]))
show(lambda: type(SB.fromhex('41')).__name__)
show(lambda: b'abc'.__getnewargs__())
show(lambda: hash(b'abc') == hash(b'abc'[:]))
show(lambda: b'abc' < b'abd' < b'abda')
show(lambda: sorted([b'b', b'a', b'ab']))
show(lambda: list(reversed(b'abc')))
show(lambda: {b'a': 1}[b'a'])
show(lambda: iter(b'ab').__length_hint__())
