# Graph traversal on adjacency dicts: BFS with parent links, recursive DFS, Kahn topological sort, grid BFS.
graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}

def bfs(start):
    seen = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = node
                queue.append(nxt)
    return queue, seen

order, parent = bfs("a")
print("bfs", order)
path = []
node = "f"
while node is not None:
    path.append(node)
    node = parent[node]
print("path", "->".join(reversed(path)))

def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nxt in graph[node]:
        if nxt not in visited:
            dfs(nxt, visited)
    return visited
print("dfs", dfs("a"))

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle")
    return out
print("topo", topo_sort(graph))
try:
    topo_sort({"x": ["y"], "y": ["x"]})
except ValueError as e:
    print(type(e).__name__, e)

grid = ["S.#.", "..#.", "...E"]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
frontier, dist = [start], {start: 0}
for cell in frontier:
    r, c = cell
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[cell] + 1
            frontier.append((nr, nc))
print("grid steps", dist[(2, 3)], len(dist))
