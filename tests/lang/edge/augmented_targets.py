# Augmented assignment targets: subscripts and attributes evaluated once, immutable targets, chained containers.
log = []
class Box:
    def __init__(self):
        self.items = [1, 2]
        self.n = 0
    def __getattribute__(self, name):
        if name in ("items", "n"):
            log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append("set " + name)
        object.__setattr__(self, name, value)
b = Box()
log.clear()
b.n += 5
print(b.n, log)
log.clear()
b.items += [3]
print(b.items, log)
log.clear()
class Seq:
    def __init__(self):
        self.d = {"k": 1}
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(f"setitem {k} {v}")
        self.d[k] = v
s = Seq()
def key():
    log.append("key()")
    return "k"
s[key()] += 10
print(s.d, log)
log.clear()
t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
try:
    t[1] += 1
except TypeError as e:
    print(type(e).__name__, e, t)
d = {"a": {"b": [0]}}
d["a"]["b"][0] += 1
d["a"]["c"] = d["a"].get("c", 0) + 1
print(d)
m = [[0] * 2 for _ in range(2)]
for i in range(2):
    for j in range(2):
        m[i][j] += i * 2 + j
print(m)
x = 10
x -= 3; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 0b1101; x ^= 0b0110
print(x)
f = 1.5
f += 1; f *= 2; f /= 4; f -= 0.25; f **= 2; f //= 0.5; f %= 1.5
print(f)
st = "ab"
st += "cd"
st *= 2
print(st)
by = b"x"
by += b"y"
by *= 3
print(by)
ba = bytearray(b"q")
alias = ba
ba += b"r"
ba *= 2
print(ba, alias is ba)
fs = frozenset({1})
orig = fs
fs |= {2}
print(sorted(fs), orig is fs, sorted(orig))
lst = [1]
alias = lst
lst *= 3
print(lst, alias is lst)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
class NoAttr:
    pass
try:
    NoAttr().missing += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {}["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
for src in ["a, b += 1", "[a] += 1", "f() += 1", "a.b.c += 1", "(a) += 1", "*a += 1"]:
    try:
        compile(src, "<a>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
