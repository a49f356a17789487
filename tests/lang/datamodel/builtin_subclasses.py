# Subclassing builtins: which methods use overridden dunders (dict.get vs __getitem__), result types, super().
class LoudDict(dict):
    def __getitem__(self, k):
        return ("override", super().__getitem__(k))
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = LoudDict(a=1)
d["b"] = 2
print(d["a"], d.get("a"), d, dict(d), list(d.values()))
d.update(c=3)
d.setdefault("e", 5)
print(d)
print(LoudDict({"x": 1}) == {"x": 1}, type(d.copy()).__name__, type(d | {}).__name__)

class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "attr"
    def append(self, v):
        super().append(v * 2)
l = MyList([1, 2])
l.append(3)
l.extend([4])
l += [5]
print(l, l.extra, type(l).__name__, type(l + []).__name__, type(l[:1]).__name__, type(l * 2).__name__)
print(sorted(l), type(sorted(l)).__name__, l == [1, 2, 6, 4, 5], list.__repr__(l))

class Celsius(float):
    def __repr__(self):
        return f"{float(self)}C"
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, [c], f"{c}", str(c))

class Money(int):
    def __add__(self, o):
        return Money(int(self) + int(o))
    def __str__(self):
        return f"${int(self)}"
m = Money(5)
print(m + 3, 3 + m, type(3 + m).__name__, m * 2, type(m * 2).__name__, str(m), repr(m), f"{m}", "%d" % m)

class Upper(str):
    def __str__(self):
        return self.upper()
u = Upper("abc")
print(u, str(u), repr(u), u + "d", f"{u}", "{}".format(u), "%s" % u, u.title(), type(u.strip()).__name__)

class CountingSet(set):
    adds = 0
    def add(self, x):
        CountingSet.adds += 1
        super().add(x)
cs = CountingSet([1, 2])
cs.add(3)
cs |= {4}
print(sorted(cs), CountingSet.adds, type(cs | {9}).__name__, type(cs.copy()).__name__)

class Tup(tuple):
    pass
t = Tup((1, 2))
print(t, type(t + (3,)).__name__, type(t[0:1]).__name__, t == (1, 2), hash(t) == hash((1, 2)))
t.attr = 1
print(t.attr)
try:
    (1, 2).attr = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Default(dict):
    def __missing__(self, k):
        return 0
dd = Default()
print(dd["nothing"], dd.get("nothing"), "nothing" in dd, len(dd))
class OrderedRepr(dict):
    def __repr__(self):
        return "OR" + super().__repr__()
print(OrderedRepr(a=1), [OrderedRepr()], str(OrderedRepr(b=2)))
class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), "yes" if BoolLike(5) else "no", BoolLike(5) == 5)
class Exc(Exception):
    def __str__(self):
        return "custom str"
try:
    raise Exc("ignored arg")
except Exc as e:
    print(e, repr(e), e.args)
class Bytes(bytes):
    pass
print(Bytes(b"x") + b"y", type(Bytes(b"x") + b"y").__name__, Bytes(b"ab")[0], type(Bytes(b"ab")[:1]).__name__)
