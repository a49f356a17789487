# Set iteration and mutation rules, set comprehension order independence, copying and clearing.
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(10))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(10))
for x in list(s):
    if x % 2:
        s.remove(x)
print(sorted(s))
s -= {0}
print(sorted(s))
snap = frozenset(s)
s.clear()
print(s, sorted(snap))
words = ["b", "a", "c", "a", "b"]
unique_in_order = list(dict.fromkeys(words))
print(unique_in_order, sorted(set(words)))
counts = {w: words.count(w) for w in set(words)}
print(sorted(counts.items()))
nums = {3, 1, 2}
total = 0
for n in nums:
    total += n
print(total, sum(nums), len(nums), min(nums), max(nums))
it = iter({1, 2, 3})
print(sorted([next(it), next(it), next(it)]), next(it, "exhausted"))
a = {1, 2, 3}
b = a
b.add(4)
print(sorted(a), a is b)
c = a.copy()
c.add(5)
print(sorted(a), sorted(c))
popped = []
p = {10, 20, 30}
while p:
    popped.append(p.pop())
print(sorted(popped), p)
print(sorted({x * y for x in range(4) for y in range(4)}))
