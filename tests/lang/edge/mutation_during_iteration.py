# Mutating containers while iterating: dict/set size-change errors, list iteration seeing changes, deque-free idioms.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e, d)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
        d[k + 100] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {"a": 1}
try:
    for k in d:
        del d["a"]
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
for x in s.copy():
    s.remove(x)
print(s)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
lst = [1, 2, 3, 4]
for i, x in enumerate(lst):
    del lst[i:i + 1]
print(lst)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda v: lst.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def clearing_key(v):
    lst.clear()
    return v
try:
    lst.sort(key=clearing_key)
    print("sorted", lst)
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
lst2 = list(it)
print(lst2, list(it))
d = {1: 2}
keys = d.keys()
d[3] = 4
print(list(keys), len(keys))
it = iter(d)
next(it)
d[5] = 6
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 2, 3: 4}
it = iter(d)
d[1] = "changed"
print(list(it))
ba = bytearray(b"abc")
for c in ba:
    if len(ba) < 5:
        ba.append(c)
print(ba)
