# Iterating lists while mutating them, list iterators, reversed, and index-based loops.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print("removed evens while iterating:", a)
b = [1, 2, 3]
for x in b:
    if len(b) < 6:
        b.append(x * 10)
print("appended while iterating:", b)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "exhausted"))
c = [1, 2, 3]
it = iter(c)
next(it)
c.clear()
print(list(it))
c = [1, 2, 3]
r = reversed(c)
print(type(r).__name__, next(r))
c.append(4)
print(list(r))
d = [1, 2, 3, 4]
r = reversed(d)
next(r)
del d[:]
print(list(r))
e = [10, 20, 30]
for i in range(len(e)):
    e[i] += i
print(e)
f = [3, 1, 2]
for i, v in enumerate(f):
    f[i] = v * v
print(f)
g = list(range(10))
g[:] = [x for x in g if x % 3]
print(g)
it = iter([])
print(next(it, None), list(it))
li = iter([1, 2, 3])
print(li.__length_hint__(), type(li).__name__)
next(li)
print(li.__length_hint__())
ri = reversed([1, 2, 3])
print(ri.__length_hint__())
h = [0]
count = 0
for x in h:
    count += 1
    if count < 5:
        h.append(x + 1)
print(h, count)
m = [[1, 2], [3, 4]]
for row in m:
    row.append(sum(row))
print(m)
print([x for x in [1, 2, 3] if x != 2], list(iter([1, 2]).__iter__()))
pairs = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(pairs, list(zip(*pairs)))
