# tuple core: construction, indexing, slicing, operators, comparisons, hashing, methods.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = tuple(range(6))
print(a[::2], a[::-1], a[-2:], a[4:1:-1], (1,), (), tuple("ab"), tuple([1, [2]]))
x = (1, 2)
print(tuple(x) is x, x * 1 is x, x + () is x, x * 0, x * 2, 3 * (0,))
t("concat", lambda: (1,) + [1])
t("idx", lambda: (1,)[1])
skey = "a"
t("idxstr", lambda: (1,)[skey])
t("index", lambda: (1, 2).index(3))
t("kw", lambda: tuple(x=1))
t("args", lambda: tuple(1, 2))
t("hash", lambda: hash((1, [2])))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash(("a",)) == hash(("a",)))
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), (1, "a") == (1, "a"), (1, 2) != (1, 2))
t("cmp", lambda: (1, 2) < (1, "a"))
print((1, 2, 1).count(1), (1, 2, 3).index(3, -1), x.__getnewargs__())
t_self = ([],)
t_self[0].append(t_self)
print(t_self)
class P(tuple):
    pass
p = P([1, 2])
print(p, type(p).__name__, type(p[:]).__name__, type(p + p).__name__, p == (1, 2))
