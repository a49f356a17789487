# Maze generation with a deterministic LCG and depth-first carving, then BFS and A*-like solving, and rendering.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.state >> 33
    def choice(self, seq):
        return seq[self.next() % len(seq)]
    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.next() % (i + 1)
            seq[i], seq[j] = seq[j], seq[i]

def generate(w, h, seed):
    rng = LCG(seed)
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        options = [(dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        dx, dy = rng.choice(options)
        nx, ny = x + dx, y + dy
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid

def solve(grid, start, goal):
    prev = {start: None}
    queue = [start]
    for cell in queue:
        if cell == goal:
            break
        r, c = cell
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] == " " and (nr, nc) not in prev:
                prev[(nr, nc)] = cell
                queue.append((nr, nc))
    if goal not in prev:
        return None
    path, cell = [], goal
    while cell:
        path.append(cell)
        cell = prev[cell]
    return path[::-1]

def greedy_best_first(grid, start, goal):
    frontier = [(abs(start[0] - goal[0]) + abs(start[1] - goal[1]), start)]
    came = {start: None}
    expanded = 0
    while frontier:
        frontier.sort(reverse=True)
        _, cell = frontier.pop()
        expanded += 1
        if cell == goal:
            return expanded
        r, c = cell
        for n in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[n[0]][n[1]] == " " and n not in came:
                came[n] = cell
                frontier.append((abs(n[0] - goal[0]) + abs(n[1] - goal[1]), n))
    return None

grid = generate(8, 5, seed=2024)
start, goal = (1, 1), (len(grid) - 2, len(grid[0]) - 2)
path = solve(grid, start, goal)
for r, c in path:
    grid[r][c] = "."
grid[start[0]][start[1]], grid[goal[0]][goal[1]] = "S", "E"
print("\n".join("".join(row) for row in grid))
print("path length", len(path), "open cells", sum(row.count(" ") + row.count(".") for row in grid) + 2)
for r, c in path:
    if grid[r][c] == ".":
        grid[r][c] = " "
grid[start[0]][start[1]] = grid[goal[0]][goal[1]] = " "
print("greedy expanded", greedy_best_first(grid, start, goal), "bfs path", len(solve(grid, start, goal)))
sizes = []
for seed in range(5):
    g = generate(6, 6, seed)
    p = solve(g, (1, 1), (11, 11))
    walls = sum(row.count("#") for row in g)
    sizes.append((seed, len(p), walls))
print(sizes)
g = generate(3, 3, 7)
g[1][2] = g[2][1] = "#"
print(solve(g, (1, 1), (5, 5)), LCG(1).next(), LCG(1).choice("abc"))
deck = list(range(10))
LCG(99).shuffle(deck)
print(deck, sorted(deck) == list(range(10)))
