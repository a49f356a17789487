# A Sudoku solver with constraint propagation (naked singles) plus backtracking, validation and pretty printing.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("puzzle must be 9 lines of 9 characters")
    return [[int(ch) if ch.isdigit() else 0 for ch in row] for row in rows]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def propagate(grid):
    changed = True
    filled = 0
    while changed:
        changed = False
        for r in range(9):
            for c in range(9):
                if grid[r][c] == 0:
                    cands = candidates(grid, r, c)
                    if not cands:
                        return None
                    if len(cands) == 1:
                        grid[r][c] = cands[0]
                        filled += 1
                        changed = True
    return filled

stats = {"guesses": 0, "propagated": 0}
def solve(grid):
    result = propagate(grid)
    if result is None:
        return None
    stats["propagated"] += result
    empties = [(len(candidates(grid, r, c)), r, c) for r in range(9) for c in range(9) if grid[r][c] == 0]
    if not empties:
        return grid
    _, r, c = min(empties)
    for d in candidates(grid, r, c):
        stats["guesses"] += 1
        trial = [row[:] for row in grid]
        trial[r][c] = d
        solved = solve(trial)
        if solved:
            return solved
    return None

def valid(grid):
    groups = [row for row in grid] + [list(col) for col in zip(*grid)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)

def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        lines.append(" | ".join(" ".join(str(d or ".") for d in row[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(lines)

grid = parse(PUZZLE)
print(show(grid))
print(sum(v == 0 for row in grid for v in row), "empty cells;", candidates(grid, 0, 2), candidates(grid, 4, 4))
solution = solve(grid)
print(show(solution))
print("valid:", valid(solution), stats)
hard = parse("""
8........
..36.....
.7..9.2..
.5...7...
....457..
...1...3.
..1....68
..85...1.
.9....4..
""")
stats.update(guesses=0, propagated=0)
sol = solve(hard)
print("".join(map(str, sol[0])), valid(sol), stats["guesses"] > 0)
broken = parse(PUZZLE)
broken[0][2] = 5
print(solve(broken))
for bad in ("123", "\n".join(["........."] * 8 + [".........."])):
    try:
        parse(bad)
    except ValueError as e:
        print(type(e).__name__, e)
