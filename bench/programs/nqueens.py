"""nqueens: count the placements of n non-attacking queens on an n x n board
for several n, two ways: a recursive generator that extends partial
placements row by row (yield from), and a filter over all permutations
produced by a generator, checked with generator expressions and sets.

Stresses: generator creation and resumption, yield from chains, generator
expressions, tuple concatenation, small sets of ints, all()."""

BOARDS = (6, 7, 8, 9, 10, 11)
PERMUTATION_BOARD = 8


def extend(n, placed, row):
    """Yields every completion of [placed] (column per row for rows before
    [row]) to a full solution."""
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(c != col and abs(c - col) != row - r
               for r, c in enumerate(placed)):
            yield from extend(n, placed + (col,), row + 1)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, head in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def by_permutation(n):
    # A permutation already has one queen per row and column; only the
    # diagonals need checking.
    cols = list(range(n))
    return (p for p in permutations(cols)
            if len({c + r for r, c in enumerate(p)}) == n
            and len({c - r for r, c in enumerate(p)}) == n)


def signature(solution):
    value = 0
    for c in solution:
        value = value * 16 + c
    return value


def main():
    for n in BOARDS:
        count = 0
        checksum = 0
        first = None
        for solution in extend(n, (), 0):
            if first is None:
                first = solution
            count += 1
            checksum = (checksum + signature(solution)) % 1000003
        print(f"{n} queens: {count} solutions, first {first}, checksum {checksum}")
    solutions = list(by_permutation(PERMUTATION_BOARD))
    print(f"{PERMUTATION_BOARD} queens by permutation: {len(solutions)}, "
          f"last {max(solutions)}")


main()
