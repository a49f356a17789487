# match: sequence patterns with stars, nesting, strings/bytes not matching sequences, iterators, tuples vs lists.
def describe(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [1, *rest] if rest:
            return f"starts with 1, rest {rest}"
        case [first, *_, last] if first == last:
            return f"same ends {first!r}"
        case (a, b):
            return f"pair {a!r} {b!r}"
        case [*init, [x, y]]:
            return f"ends with pair {x},{y} after {init}"
        case [_, _, *mid, _]:
            return f"mid {mid}"
        case _:
            return "other " + type(v).__name__
for v in [[], [5], (7,), [1, 2, 3], [1], [4, 0, 4], (3, 4), [9, 8], [0, [1, 2]], [1, 2, 3, 4],
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, range(2), range(5), iter([1, 2]), 42, "x"]:
    print(repr(v) if not isinstance(v, (set, type(iter([])))) else type(v).__name__, "->", describe(v))

def star_binding(v):
    match v:
        case [*a, b, c]:
            return a, b, c, type(a).__name__
    return None
print(star_binding((1, 2, 3, 4)), star_binding(range(2)), star_binding([1]))

def nested(v):
    match v:
        case [[a, b], [c, [d, *e]]]:
            return a, b, c, d, e
        case [(1 | 2) as n, str() as s]:
            return "alt", n, s
        case [[*_], *others] if len(others) == 2:
            return "list head then two", others
    return "none"
print(nested([[1, 2], [3, [4, 5, 6]]]), nested([2, "s"]), nested([[], 1, 2]), nested([3, "s"]))

class SeqLike:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return "item" + str(i)
match SeqLike():
    case [a, b]:
        print("SeqLike matched", a, b)
    case _:
        print("SeqLike not a sequence")

class MyList(list):
    pass
match MyList([1, 2]):
    case [x, y]:
        print("list subclass", x, y)

def count_calls():
    calls = []
    class Tracked(list):
        def __len__(self):
            calls.append("len")
            return super().__len__()
    match Tracked([1, 2, 3]):
        case [a]:
            pass
        case [a, b]:
            pass
        case [a, b, c]:
            print("three", a, b, c)
    return len(calls) >= 1
print(count_calls())
point = (0, 0)
match point:
    case (0, 0):
        print("origin")
    case (0, y):
        print("y axis", y)
for p in [(0, 5), (5, 0), (1, 1), [2, 3]]:
    match p:
        case (0, y):
            print("on y", y)
        case (x, 0):
            print("on x", x)
        case [x, y] if x == y:
            print("diagonal", x)
        case (x, y):
            print("somewhere", x, y)
match [1, 2, 3]:
    case [1, 2]:
        print("no")
    case [1, 2, 3, *more]:
        print("matched with empty more", more)
match (1, [2, (3, "four")]):
    case (_, [_, (_, str(s))]):
        print("deep str", s)
