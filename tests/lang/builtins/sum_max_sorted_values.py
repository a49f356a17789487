# values of sum (3.11 float/int fast paths), max/min with key and default, sorted, iter(callable, sentinel)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([1, 2], start=3), sum([]), sum([], 5))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1]), sum([2 ** 63 - 1, 1, 1]))
print(sum([2 ** 63 - 1, 0.5]), sum([1, 2.5, 3]), sum([True, True, 2]), sum([[1], [2]], []))
print(sum(range(1000001)), sum([0.5, 2 ** 70]), sum([1, 2 ** 64, -2 ** 64, 1]))
print(sum(((1, 2), (3,)), ()), sum([1.5, 2.5], 1), sum([0.1, 0.2, 0.3]), sum([-0.0]), sum([-0.0], -0.0))
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
    __radd__ = __add__
print(sum([V(1), V(2)]).v, sum([V(1)], V(10)).v)
print(max([1, 5, 3]), min([4, 2, 8]), max(1, 5, 3), min(4, 2, 8), max('abc'), min('abc'))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max([], default=None), min((), default=7))
print(max([1, 2], key=None), max([3, 3.0]), min([3.0, 3]), max([[1, 2], [1, 3]]), max(range(5)))
print(max('a', 'b', key=lambda s: -ord(s)), min(iter([3, 1, 2])))
words = ['pear', 'fig', 'apple', 'kiwi']
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted('bca'), sorted([3, 1, 2], reverse=1), sorted((), key=None), sorted({3: 1, 1: 2}))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted(range(5), key=lambda x: x % 2))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)), type(iter(tick, 0)).__name__)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(all([]), any([]), all([1, 'a']), any([0, '', None]), all(x > 0 for x in [1, 2]), any(iter([0, 3])))
print(abs(-3), abs(-2.5), abs(True), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, -1, 5), pow(3, 4, 5), pow(2.0, 3), pow(base=2, exp=5))
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1.25, 1), round(2.675, 2), round(7, 0))
print(round(5), type(round(2.5)), type(round(2.5, 0)), round(1.5, None))
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), hex(2 ** 70), bin(0), hex(True))
print(chr(97), chr(8364), ord('a'), ord('\u20ac'), ord(b'a'), ord(chr(0x10ffff)), ascii('caf\u00e9\n'))
print(callable(len), callable(1), callable(int), repr('a'), len('abcd'), len(range(3)), len({1: 2}))
print(hash(5), hash(-1), hash(2 ** 61), getattr(range(3), 'stop'), hasattr(range(3), 'x'))
class O:
    pass
o = O()
setattr(o, 'x', 1)
print(o.x, getattr(o, 'x'), hasattr(o, 'x'))
delattr(o, 'x')
print(hasattr(o, 'x'), isinstance(o, O), issubclass(O, object), isinstance(1, (str, int)))
print(list(enumerate('ab')), list(zip('ab', 'cd', 'ef')), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('ab')), list(filter(None, [0, 1, 2])))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), type(reversed(Seq())).__name__)
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
class MyEnum(enumerate):
    pass
class MyZip(zip):
    pass
class MyMap(map):
    pass
class MyFilter(filter):
    pass
class MyRev(reversed):
    pass
print(list(MyEnum('ab', 1)), list(MyZip('ab', 'cd')), list(MyMap(abs, [-1])), list(MyFilter(None, [0, 3])))
print(list(MyRev([1, 2])), type(MyEnum([])).__name__, isinstance(MyZip(), zip))
