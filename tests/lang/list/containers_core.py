# list core: extended slices, slice assignment rules, operators, methods, sort errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = list(range(10))
print(a[::3], a[::-4], a[-3:], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[::2] = "abcde"
print(b)
def bad_ext():
    c = [1, 2, 3]
    c[::2] = [1, 2, 3]
t("ext", bad_ext)
def bad_ext2():
    c = [1, 2, 3]
    c[::2] = 5
t("ext2", bad_ext2)
def bad_slice():
    c = [1, 2, 3]
    c[1:2] = 5
t("slice", bad_slice)
c = [1, 2, 3, 4, 5, 6]
c[1:3] = []
c[0:0] = (9, 8)
c[len(c):] = c
print(c)
del c[::2]
print(c)
del c[-1:-4:-1]
print(c)
d = [0] * 3
d *= 2
d += (1, 2)
print(d, [1] * -1, 2 * [7])
t("concat", lambda: [1] + (1,))
t("mul", lambda: [1] * "a")
t("idx", lambda: [1, 2][2])
t("idx2", lambda: [1][2**100])
skey = "x"
t("idxstr", lambda: [1][skey])
t("index", lambda: [1, 2, 3, 2].index(2, 2))
t("index2", lambda: [1, 2, 3].index(3, 0, 2))
t("index3", lambda: [1].index(1, None))
t("pop", lambda: [].pop())
t("pop2", lambda: [1].pop(-2))
t("remove", lambda: [1].remove(2))
t("sortpos", lambda: [3, 1].sort(True))
t("sortkw", lambda: [3, 1].sort(bad=1))
e = [5, 3, 8, 1]
e.sort(reverse=True)
print(e)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words, sorted(words, key=len, reverse=True))
def mutate_sort():
    f = [3, 2, 1]
    def key(x):
        f.append(x)
        return x
    f.sort(key=key)
t("modsort", mutate_sort)
g = [1, 2]
g.append(g)
print(g, [[]] == [[]], [1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] <= [])
nan = float("nan")
print([nan] == [nan], nan in [nan], [1, 2].count(1))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
h = [4, 5]
h.insert(-10, 3)
h.insert(10, 6)
h.extend(range(7, 9))
print(h, h.copy() == h, h.copy() is h)
class L(list):
    pass
m = L("xy")
m.__init__("z")
print(m, type(m).__name__, type(m + m).__name__)
print(list((1, 2)), list({"k": 1}), list(), [].__sizeof__() < [1, 2, 3].__sizeof__())
