# Inline caches and fast paths must never change behaviour: every cached
# fact is changed after the cache warmed up, and the result must follow.

def run(f, n=5):
    out = []
    for _ in range(n):
        try:
            out.append(f())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

# ---- globals and builtins ----
def read_g():
    return G

G = 1
print(run(read_g))
G = 2
print(run(read_g))
del G
print(run(read_g))
G = 3
print(run(read_g))

def use_len():
    return len("abc")

print(run(use_len))
len = lambda s: "shadowed"
print(run(use_len))
del len
print(run(use_len))

def many_globals():
    return X1 + X2
X1, X2 = 10, 20
print(run(many_globals))
for i in range(30):
    globals()["filler%d" % i] = i   # resizes the globals dict
print(run(many_globals))

# ---- instance attributes ----
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def attr(p):
    return p.x

ps = [P(i) for i in range(5)]
print([attr(p) for p in ps])
ps[2].__dict__.clear()
ps[2].y = 7
ps[2].x = 9
print([attr(p) for p in ps])
del ps[3].x
print(run(lambda: attr(ps[3]), 2))
P.x = property(lambda self: "prop")
print([attr(p) for p in ps])
del P.x
print([attr(p) for p in ps[:3]])

def store(p, v):
    p.x = v
    return p.x
q = P(0)
print([store(q, i) for i in range(4)])
P.x = property(lambda self: "ro")
print(run(lambda: store(q, 5), 2))
del P.x
print(store(q, 6))

# ---- methods ----
def call_get(p):
    return p.get()

r = P(5)
print([call_get(r) for _ in range(4)])
r.get = lambda: "instance"
print(call_get(r), call_get(P(1)))
P.get = lambda self: "replaced"
print(call_get(P(1)))

class Q(P):
    pass

qq = Q(3)
print([call_get(qq) for _ in range(3)])
P.get = lambda self: "base changed"
print(call_get(qq))
qq.__class__ = P
print(call_get(qq))

class S:
    __slots__ = ("a",)
    def m(self):
        return "slot m"
s = S()
s.a = 1
print([s.a for _ in range(3)], [s.m() for _ in range(3)])

# ---- operators ----
def add(a, b):
    return a + b
print([add(i, i) for i in (1, 2**29, 2**30, -2**30, 2**62)])
print(add(1.5, 2), add(2, 1.5), add("a", "b"), add([1], [2]))
print(run(lambda: add(1, "x"), 1))
def div(a, b):
    return a / b, a // b, a % b
print([div(a, b) for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5))])
print(run(lambda: div(1, 0), 1), run(lambda: 1.0 / 0.0, 1))
print(7.5 // 2, 7.5 % 2, 2 ** 10, 1 << 40, -1 >> 3, 3 * 2**29)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.0 <= 2.0, 3 < 2, -1 < 0)
print("a" == "a", "a" != "b", "a" < "b", 1 == 1.0, 2**40 == 2**40)

# ---- items ----
lst = [1, 2, 3]
t = (4, 5, 6)
d = {"k": 1, 2: "two"}
print(lst[-1], t[-3], d["k"], d[2])
print(run(lambda: lst[3], 1), run(lambda: t[-4], 1), run(lambda: d["zz"], 1))
lst[-1] = 30
d["new"] = 5
print(lst, d)
print(run(lambda: lst.__setitem__(5, 1), 1))
class DD(dict):
    def __missing__(self, k):
        return "missing " + str(k)
print(DD()["x"], [DD()[i] for i in range(2)])

# ---- co_code keeps the compiled instructions ----
def hot(p):
    return p.x + G
before = hot.__code__.co_code
for _ in range(10):
    hot(r)
print(hot.__code__.co_code == before)
