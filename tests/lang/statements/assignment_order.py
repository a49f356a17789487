# Assignment evaluation order: right side first, then targets left to right; chained assignment.
log = []
class Rec:
    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value!r}")
        object.__setattr__(self, name, value)
class Items(dict):
    def __setitem__(self, key, value):
        log.append(f"setitem {key!r}={value!r}")
        super().__setitem__(key, value)
def val(v):
    log.append(f"eval {v!r}")
    return v
r = Rec()
it = Items()
r.a = it["k"] = val(1)
print(log)
log.clear()
r.x, it["y"] = val(2), val(3)
print(log)
log.clear()
def obj():
    log.append("eval target object")
    return r
obj().z = val(4)
print(log)
log.clear()
def key():
    log.append("eval key")
    return "kk"
it[key()] = val(5)
print(log)
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = [0, 1, 2]
i = 0
i = x[i] = 2
print(i, x)
y = [0, 1, 2]
j = 0
y[j] = j = 2
print(j, y)
first, second = second_copy, first_copy = "ab"
print(first, second, first_copy, second_copy)
n = 1
n, m = n + 1, n + 2
print(n, m)
p = [1, 2]
q = p
p = p + [3]
print(p, q)
s = t = "str"
s += "!"
print(s, t)
d = {}
d["a"] = d.get("a", 0) + 1
d["a"] = d["a"] + 1
print(d)
nums = [1, 2, 3]
nums[0], nums[1], nums[2] = nums[2], nums[0], nums[1]
print(nums)
