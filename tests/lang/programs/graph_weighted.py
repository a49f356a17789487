# Weighted graphs: Dijkstra with a hand-written binary heap, union-find components, and a minimum spanning tree.
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[i] < h[p]:
            h[i], h[p] = h[p], h[i]
            i = p
        else:
            break

def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        l, r, small = 2 * i + 1, 2 * i + 2, i
        if l < len(h) and h[l] < h[small]:
            small = l
        if r < len(h) and h[r] < h[small]:
            small = r
        if small == i:
            return top
        h[i], h[small] = h[small], h[i]
        i = small

weighted = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15},
            "C": {"A": 9, "B": 10, "D": 11, "F": 2}, "D": {"B": 15, "C": 11, "E": 6},
            "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}

def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    done = set()
    while heap:
        d, u = heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in weighted[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heappush(heap, (nd, v))
    return dist
print("dijkstra", sorted(dijkstra("A").items()))

edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]
parent_of = {}
def find(x):
    parent_of.setdefault(x, x)
    while parent_of[x] != x:
        parent_of[x] = parent_of[parent_of[x]]
        x = parent_of[x]
    return x
for a, b in edges:
    ra, rb = find(a), find(b)
    if ra != rb:
        parent_of[max(ra, rb)] = min(ra, rb)
groups = {}
for n in sorted(parent_of):
    groups.setdefault(find(n), []).append(n)
print("components", sorted(groups.values()))
def kruskal(graph):
    parent = {n: n for n in graph}
    def root(n):
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n
    edges = sorted((w, a, b) for a in graph for b, w in graph[a].items() if a < b)
    tree = []
    for w, a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            tree.append((a, b, w))
    return tree
mst = kruskal(weighted)
print("mst", mst, sum(w for _, _, w in mst))
h = []
for v in [5, 3, 8, 1, 9, 2]:
    heappush(h, v)
print("heap order", [heappop(h) for _ in range(6)], h)
try:
    heappop([])
except IndexError as e:
    print(type(e).__name__, e)
