# Messages of the generic protocols: subscripting, item assignment and deletion, iteration, len, unary operators.
def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
class A:
    pass
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
def get(o, k):
    return o[k]
def put(o, k):
    o[k] = 1
def drop(o, k):
    del o[k]
for o in (1, 1.5, None, A(), A, len, object(), (x for x in ())):
    show(lambda: get(o, 0))
for o in (1, (1,), "ab", b"ab", range(3), frozenset(), A(), Seq(), len, None):
    show(lambda: put(o, 0))
for o in (1, (1,), "ab", b"ab", range(3), frozenset(), A(), Seq(), len, None, int):
    show(lambda: drop(o, 0))
    show(lambda: drop(o, "k"))
show(lambda: list(Seq()))
show(lambda: 20 in Seq())
for o in (1, A(), None, int, len):
    show(lambda: iter(o))
    show(lambda: len(o))
    show(lambda: 1 in o)
show(lambda: -"a")
show(lambda: +[1])
show(lambda: ~1.5)
show(lambda: abs("a"))
show(lambda: -A())
show(lambda: [1, 2][2 ** 100])
show(lambda: get("ab", 1.5))
show(lambda: int[0])
show(lambda: list[int].__origin__)
show(lambda: next(A()))
show(lambda: next(1))
