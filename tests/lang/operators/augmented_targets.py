# Augmented assignment on names, attributes, subscripts and slices: each target evaluated once.
calls = []
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        calls.append("get v")
        return self._v
    @v.setter
    def v(self, value):
        calls.append(f"set v={value}")
        self._v = value
def get_box():
    calls.append("get_box()")
    return box
box = Box()
get_box().v += 10
print(box._v, calls)
calls.clear()
class Store(dict):
    def __getitem__(self, key):
        calls.append(f"getitem {key!r}")
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        calls.append(f"setitem {key!r}={value!r}")
        super().__setitem__(key, value)
store = Store(count=1)
def key():
    calls.append("key()")
    return "count"
store[key()] *= 5
print(store, calls)
calls.clear()
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
lst[::2] *= 1
print(lst)
nums = [10, 20]
i = 0
nums[i] += 1
nums[i - 1] -= 1
print(nums)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
n = 10
n //= 3
n **= 3
n %= 7
n <<= 4
n >>= 2
n &= 0b111
n |= 0b1000
n ^= 0b0011
print(n)
f = 7.5
f /= 2
f -= 0.75
print(f)
m = [[0]]
m[0][0] += 1
m[0] += [5]
print(m)
class Counter:
    total = 0
c = Counter()
c.total += 1
print(c.total, Counter.total, "total" in vars(c))
Counter.total += 100
print(Counter.total, c.total)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
for src in ["a, b += 1", "[a] += [1]", "f() += 1", "a += 1 += 2", "(a) += 1"]:
    try:
        compile(src, "<aug>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
