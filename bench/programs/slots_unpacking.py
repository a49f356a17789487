"""slots_unpacking: struct-like classes with __slots__ (a particle system
and a 2-D grid of cells), plus tuple-heavy code: multiple assignment and
swaps, star-unpacking, unpacking in for loops over zip/enumerate/dict
items, functions returning and receiving tuples (*args), and tuples as
dict keys.

Stresses: slot attribute access, tuple building and unpacking
(UNPACK_SEQUENCE, UNPACK_EX), zip/enumerate iterators, small-tuple
allocation, __eq__/__repr__ on slotted classes."""

PARTICLES = 6000
STEPS = 300
GRID = 100
GENERATIONS = 70
TUPLE_STEPS = 4000000


class Particle:
    __slots__ = ("x", "y", "vx", "vy", "alive")

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.alive = True

    def step(self, width, height):
        x, y = self.x + self.vx, self.y + self.vy
        # Bounce off the walls by reflecting position and velocity.
        if not 0 <= x < width:
            self.vx = -self.vx
            x = self.x
        if not 0 <= y < height:
            self.vy = -self.vy
            y = self.y
        self.x, self.y = x, y
        return x, y


class Cell:
    __slots__ = ("row", "col", "live")

    def __init__(self, row, col, live):
        self.row, self.col, self.live = row, col, live

    def __eq__(self, other):
        return (self.row, self.col, self.live) == (other.row, other.col, other.live)

    def __repr__(self):
        return f"Cell({self.row}, {self.col}, {self.live})"


def spawn(n):
    state = 17
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x, y = state % 100, (state >> 7) % 100
        vx, vy = (state >> 14) % 7 - 3, (state >> 17) % 5 - 2
        out.append(Particle(x, y, vx, vy))
    return out


def simulate(particles, steps):
    buckets = {}
    for _ in range(steps):
        for p in particles:
            x, y = p.step(100, 100)
            key = (x // 10, y // 10)
            buckets[key] = buckets.get(key, 0) + 1
    crowded = sorted(buckets.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return crowded


def stats(*values):
    first, *middle, last = values
    lo, hi = min(values), max(values)
    return first, last, len(middle), lo, hi


def life(size, generations):
    """Conway's game of life on a torus, cells stored as slotted objects
    in a dict keyed by (row, col)."""
    grid = {}
    state = 5
    for r in range(size):
        for c in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            grid[r, c] = Cell(r, c, (state >> 12) % 3 == 0)
    offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    for _ in range(generations):
        fresh = {}
        for (r, c), cell in grid.items():
            n = 0
            for dr, dc in offsets:
                if grid[(r + dr) % size, (c + dc) % size].live:
                    n += 1
            fresh[r, c] = Cell(r, c, n == 3 or (cell.live and n == 2))
        grid = fresh
    return sum(1 for cell in grid.values() if cell.live), grid[0, 0]


def tuples():
    a, b = 0, 1
    total = 0
    for i in range(TUPLE_STEPS):
        a, b = b, (a + b) % 1000003
        (x, y), z = (i, a), b
        total += x ^ y ^ z
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    for i, (w, n) in enumerate(zip(words, range(5, 0, -1))):
        total += i * n * len(w)
    first, last, mids, lo, hi = stats(*range(3, 300, 7))
    head, *_, tail = words
    return total + first + last + mids + lo + hi + len(head) + len(tail)


def main():
    particles = spawn(PARTICLES)
    print("crowded", simulate(particles, STEPS))
    xs = sum(p.x for p in particles)
    ys = sum(p.y for p in particles)
    print(f"positions {xs} {ys}")
    live, corner = life(GRID, GENERATIONS)
    print(f"life: {live} live, corner {corner!r}, same {corner == Cell(0, 0, corner.live)}")
    print(f"tuples {tuples()}")


main()
