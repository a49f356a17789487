"""recursion_comprehensions: plain recursive functions (naive Fibonacci,
Ackermann on small arguments, a recursive merge sort, Tower of Hanoi move
counting, a tree built and walked recursively) and comprehensions of every
kind (list, nested list, dict, set, generator with conditions), e.g. a
sieve, a matrix product and transposition, and word-length tables.

Stresses: Python-to-Python call overhead and frame setup, recursion (kept
under ~100 frames deep, see main()), comprehension scopes and
LIST_APPEND/MAP_ADD/SET_ADD."""

FIB = 33
SIZE = 110
HANOI = 20
SORT_ITEMS = 100000
TREE_DEPTH = 16
PRIME_LIMIT = 1000000


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves[src * 3 + dst] += 1
    hanoi(n - 1, via, dst, src, moves)


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def build_tree(depth, label):
    """A full binary tree as nested tuples (label, left, right)."""
    if depth == 0:
        return (label, None, None)
    return (label, build_tree(depth - 1, label * 2), build_tree(depth - 1, label * 2 + 1))


def tree_sum(node):
    if node is None:
        return 0
    label, left, right = node
    return label + tree_sum(left) + tree_sum(right)


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, prime in enumerate(flags) if prime]


def matrices(n):
    a = [[(i * j + 1) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 5 for j in range(n)] for i in range(n)]
    bt = [list(col) for col in zip(*b)]
    c = [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
    trace = sum(c[i][i] for i in range(n))
    return trace, sum(sum(row) for row in c)


def tables(primes):
    words = [f"w{p:x}{p % 13}" for p in primes]
    by_length = {}
    for length in {len(w) for w in words}:
        by_length[length] = sorted(w for w in words if len(w) == length)[:2]
    squares = {p: p * p for p in primes if p % 4 == 1}
    pairs = [(p, q) for p in primes[:60] for q in primes[:60] if p < q and (q - p) == 2]
    return (sorted(by_length.items()), len(squares),
            sum(squares.values()) % 1000007, len(pairs))


def main():
    print(f"fib({FIB}) = {fib(FIB)}")
    # Recursion stays under ~100 frames: CPython 3.11 allocates its frame
    # stack in 16 KiB chunks and maps/unmaps one each time the depth
    # oscillates across a chunk boundary (near 120 frames here), which
    # would time the kernel rather than the interpreter.
    small = sum(ackermann(2, n) for n in range(40) for _ in range(60))
    deep = sum(ackermann(3, 3) for _ in range(600))
    print(f"sum A(2, 0..39) x 60 = {small}, A(3, 3) x 600 = {deep}")
    moves = [0] * 9
    hanoi(HANOI, 0, 2, 1, moves)
    print(f"hanoi moves {sum(moves)} by peg pair {moves}")
    for step in (7919, 104729):
        data = [(i * step) % 10007 for i in range(SORT_ITEMS)]
        ordered = merge_sort(data)
        print(f"merge sort ok {ordered == sorted(data)}, {ordered[:3]} {ordered[-3:]}")
    tree = build_tree(TREE_DEPTH, 1)
    print(f"tree sums {[tree_sum(tree) + k for k in range(4)]}")
    primes = sieve(PRIME_LIMIT)
    print(f"{len(primes)} primes, last {primes[-1]}")
    print("matrix", matrices(SIZE))
    print("tables", tables(primes))


main()
