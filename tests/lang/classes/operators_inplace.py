# In-place operators: __iadd__ and friends, fallback to binary ops, rebinding, on attributes and items.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  __iadd__", o)
        self.v += o
        return self
    def __isub__(self, o):
        print("  __isub__ returns new object")
        return Acc(self.v - o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("  __mul__ fallback")
        return Acc(self.v * o)
    def __add__(self, o):
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a, a is orig)
try:
    a //= 1
except TypeError as e:
    print(type(e).__name__, e)
print(a)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 1
print(n.v, m.v, n is m)
lst = [1]
alias = lst
lst += [2]
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
class Holder:
    def __init__(self):
        self.items = [0]
        self.count = 0
h = Holder()
h.count += 1
h.items += [1]
h.items[0] += 10
print(h.count, h.items)
d = {"k": [1]}
d["k"] += [2]
d["n"] = d.get("n", 0) + 1
d["n"] += 1
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class Logged:
    def __init__(self):
        self.data = {"x": 1}
    def __getitem__(self, k):
        print("  getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        self.data[k] = v
lg = Logged()
lg["x"] += 5
print(lg.data)
class Attr:
    def __getattr__(self, name):
        print("  getattr", name)
        return 0
    def __setattr__(self, name, value):
        print("  setattr", name, value)
at = Attr()
at.z += 1
for op in ["x -= 'a'", "x *= None", "x @= 1", "x **= []"]:
    x = 5
    try:
        exec(op)
    except TypeError as e:
        print(op, "->", e)
s = "ab"
s *= 3
print(s)
