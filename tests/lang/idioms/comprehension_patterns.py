# Dict/set/list comprehension patterns: filtering, inversion, grouping, nested loops, conditionals, flattening.
words = ["apple", "bob", "civic", "dog", "eve", "level", "python", "kayak"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words if len(w) > 3})
print(sorted({len(w) for w in words}), sorted({w[0] for w in words}))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print([x if x % 2 else -x for x in range(8)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
nested = [[1, 2], [], [3], [4, 5, 6]]
print([x for row in nested for x in row], sum(len(r) for r in nested))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[i] for i, row in enumerate(grid)], [grid[i][2 - i] for i in range(3)])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, {ch: "mississippi".count(ch) for ch in "mississippi"} == counts)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({k: sorted(v) for k, v in sorted(by_len.items(), reverse=True)})
data = {"a": 10, "b": -3, "c": 0, "d": 7}
print({k: v for k, v in data.items() if v > 0}, [k for k, v in sorted(data.items(), key=lambda kv: kv[1])])
print(dict.fromkeys("abc", 0), dict.fromkeys(range(3)))
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pythag)
print([ch.upper() for ch in "hello" if ch not in "aeiou"], "".join(ch * 2 for ch in "abc"))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
x = 10
print([x for x in range(3)], x)
print([y := v * 2 for v in range(3)], y)
print({n % 3 for n in range(10)}, frozenset(n % 2 for n in range(5)))
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))), [a * b for a, b in zip(range(4), range(4, 8))])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([[0] * 3 for _ in range(2)], [[0] * 2] * 2)
shared = [[0] * 2] * 2
shared[0][0] = 1
separate = [[0] * 2 for _ in range(2)]
separate[0][0] = 1
print(shared, separate)
try:
    print([1 / x for x in (1, 0)])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [v * k for v in vals for k in vals]
    except NameError as e:
        err = f"{type(e).__name__} {e}"
print(C.doubled, C.broken if hasattr(C, "broken") else C.err)
