# Conway's Game of Life on a set of live cells, with pattern detection (oscillators, gliders) and rendering.
def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def parse(picture):
    return {(r, c) for r, line in enumerate(picture.strip("\n").splitlines())
            for c, ch in enumerate(line) if ch == "#"}

def render(live, rows=None, cols=None):
    if not live:
        return "(empty)"
    r0 = min(r for r, _ in live) if rows is None else rows[0]
    r1 = max(r for r, _ in live) if rows is None else rows[1]
    c0 = min(c for _, c in live) if cols is None else cols[0]
    c1 = max(c for _, c in live) if cols is None else cols[1]
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))

def normalize(live):
    r0 = min(r for r, _ in live)
    c0 = min(c for _, c in live)
    return frozenset((r - r0, c - c0) for r, c in live)

blinker = parse("###")
print(render(step(blinker)), step(step(blinker)) == blinker, sep="\n")
block = parse("##\n##")
print(step(block) == block)
glider = parse("""
.#.
..#
###
""")
g = glider
for gen in range(4):
    g = step(g)
print(render(g, (0, 4), (0, 4)))
print(normalize(g) == normalize(glider), sorted(g)[:2])

def period(live, limit=50):
    seen = {normalize(live): 0}
    for i in range(1, limit):
        live = step(live)
        if not live:
            return "dies", i
        key = normalize(live)
        if key in seen:
            return "cycle", i - seen[key]
        seen[key] = i
    return "unknown", limit
patterns = {
    "blinker": blinker, "block": block, "glider": glider,
    "toad": parse(".###\n###."),
    "beacon": parse("##..\n##..\n..##\n..##"),
    "single": {(0, 0)},
    "r-pentomino-ish": parse(".##\n##.\n.#."),
}
for name, p in patterns.items():
    print(f"{name:16} {period(p, 30)}")
pulsar_quarter = parse("""
..###
.....
#....
#....
#....
..###
""")
print(len(pulsar_quarter), render(pulsar_quarter))
world = parse("""
.........
..##.....
..##.....
.....###.
.........
""")
for gen in range(3):
    print(f"gen {gen}: {len(world)} cells")
    print(render(world, (0, 4), (0, 8)))
    world = step(world)
big = {(r, c) for r in range(12) for c in range(12) if (r * 7 + c * 3) % 5 == 0}
history = [len(big)]
for _ in range(15):
    big = step(big)
    history.append(len(big))
print(history)
