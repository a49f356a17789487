# set core: construction, algebra with sets and iterables, ordering, errors, frozenset rules.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = {5, 1, 3, 9, 2}
b = frozenset([2, 3, 40, 17])
print(a, b, set(), frozenset(), set("aa"), {33, 1, 9, 17, 25})
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
print(a.union([7], (8,)), a.intersection(range(4), [1, 3]), a.difference([1], [9]), a.symmetric_difference([1, 100]))
t("or", lambda: a | [1])
t("and", lambda: [1] & a)
t("symargs", lambda: a.symmetric_difference([1], [2]))
t("union", lambda: a.union(1))
t("pop", lambda: set().pop())
t("remove", lambda: set().remove(3))
t("kw", lambda: set(x=1))
t("args", lambda: set(1, 2))
t("unhash", lambda: {[1]})
print(a <= a, a < a, a < a | {0}, b >= {2}, a == set(a), frozenset(a) == a, a != b)
print(a.issubset(range(20)), a.issuperset([1, 2]), a.isdisjoint([100]), a.isdisjoint(b))
c = set(a)
c |= {100}
c &= set(range(50))
c -= {1}
c ^= {2, 77}
print(c)
c.update("ab", [0])
c.intersection_update(range(10), range(4, 20))
c.difference_update([5])
c.symmetric_difference_update({9, 11})
print(c, c.copy(), c.copy() is c)
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, hash(f) == hash(frozenset([2, 1])), hash(frozenset()))
s = {frozenset([1, 2])}
print({1, 2} in s, {3} in s, frozenset({1, 2}) in s)
s.discard({1, 2})
print(s)
def grow():
    g = {1}
    for x in g:
        g.add(x + 1)
t("grow", grow)
p = set(range(5))
print(p.pop(), p.pop(), p, len(p))
p.clear()
print(p, len(p))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), S(), F([2]), F(), type(S([1]) | {2}).__name__, type(F([1]) - {1}).__name__)
big = set(range(0, 1000, 7))
big -= set(range(0, 1000, 2))
print(len(big), sorted(big)[:5], list(big)[:8])
