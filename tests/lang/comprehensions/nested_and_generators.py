# Nested comprehensions and generator expressions: flattening, transposing, products, lazy chains.
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({(i, j) for i in range(3) for j in range(3) if i == j} == {(0, 0), (1, 1), (2, 2)})
board = [["." for _ in range(4)] for _ in range(3)]
board[1][2] = "X"
print(["".join(r) for r in board])
aliased = [["."] * 4] * 3
aliased[1][2] = "X"
print(["".join(r) for r in aliased])
def primes(n):
    return [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes(50))
words = ["alpha", "beta", "gamma", "delta"]
print({w: [c for c in w if c in "aeiou"] for w in words})
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
gen = (x * 2 for x in range(5))
print(next(gen), next(gen), list(gen))
print(list(zip(*[[1, 2, 3], "abc"])))
chain = (c for w in words for c in w[:2])
print("".join(chain))
counts = [(w, sum(1 for c in w if c == "a")) for w in words]
print(counts)
cart = [(s, r) for s in "SH" for r in "AK"]
print(cart, len(cart))
flatten3 = [z for x in [[[1, 2], [3]], [[4]]] for y in x for z in y]
print(flatten3)
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), set(x % 4 for x in range(10)) == {0, 1, 2, 3})
print(any(x > 3 for x in range(5)), all(x < 10 for x in range(5)), min((x for x in [3, 1, 2]), default=None))
print(list(map(lambda r: [v * 10 for v in r], matrix)))
