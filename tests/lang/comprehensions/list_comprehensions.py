# List comprehensions: filters, nested loops, nested comprehensions, conditional expressions, order.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x if x % 2 else -x for x in range(6)])
print([c for word in ["ab", "cd"] for c in word])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([s.strip().title() for s in ["  alice ", "BOB", " carol"] if s.strip()])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("xyz", 1)])
print([a + b for a, b in zip("abc", "123")])
print([x for x in []], [[] for _ in range(2)], [None for _ in "ab"])
log = []
def f(tag, v):
    log.append(tag)
    return v
result = [f("expr", x) for x in f("iter", [1, 2]) if f("cond", x) > 1]
print(result, log)
print([[i, j] for i in range(2) for j in range(2) if i != j])
print([x for x in range(10)][::-2], [str(x) for x in (1.5, None, True)])
pts = [(1, 2), (3, 4)]
print([x + y for x, y in pts], [(y, x) for x, y in pts], [t[::-1] for t in pts])
print([[*pair, sum(pair)] for pair in pts], [{"k": k} for k in "ab"])
print([i for i in range(3) for _ in range(i)], [i for i in range(2) for i in "ab"])
print([lambda: i for i in range(3)][0](), [(lambda i=i: i)() for i in range(3)])
nested = [[j for j in range(i)] for i in range(4)]
print(nested, sum(len(r) for r in nested))
print([x for x in "hello" if x not in "aeiou"])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
big = [i for i in range(100000) if i % 9999 == 0]
print(big)
print(type([x for x in ()]).__name__)
