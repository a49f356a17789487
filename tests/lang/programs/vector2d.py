# A 2-D vector class: arithmetic dunders, reflected and in-place ops, __abs__/__bool__/__neg__, iteration, formatting.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __iadd__(self, o):
        print("  (in-place add)")
        self.x += o.x
        self.y += o.y
        return self
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return Vec(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, a / 2, a // 2, -a, +b, abs(a), abs(b))
print(bool(a), bool(Vec()), a == Vec(3, 4), a != b, a == (3, 4), len(a), a[0], a[-1], list(a), tuple(b))
x, y = a
print(x, y, dict(zip("xy", a)), max(a), sum(b), sorted(Vec(9, 1)))
c = a
c += b
print(c, a, c is a)
d = Vec(1, 1)
d -= Vec(1, 0)
print(d)
print(f"{Vec(1.23456, 2.5):.2f}", f"{Vec(3, 4)!r}", f"{Vec(10, 255):>5x}", format(Vec(1, 2), ""))
print(round(Vec(1.26, -3.14159), 1), round(Vec(2.5, 3.5)), {Vec(1, 2): "a"}[Vec(1, 2)], len({Vec(1, 2), Vec(1, 2)}))
print(sum([Vec(1, 1), Vec(2, 2)], Vec()), [v * 2 for v in (Vec(1, 0), Vec(0, 1))])
for bad in (lambda: a + 1, lambda: 1 + a, lambda: a * "s", lambda: "s" * a, lambda: a < b, lambda: a[2], lambda: a / 0, lambda: a.z):
    try:
        print(bad())
    except (TypeError, IndexError, ZeroDivisionError, AttributeError) as e:
        print(type(e).__name__, e)
path = [Vec(0, 0), Vec(3, 0), Vec(3, 4), Vec(0, 0)]
length = sum(abs(q - p) for p, q in zip(path, path[1:]))
area = sum(p @ q for p, q in zip(path, path[1:])) / 2
print(length, area)
pos, vel, acc = Vec(0.0, 10.0), Vec(2.0, 0.0), Vec(0.0, -9.8)
dt = 0.25
steps = 0
while pos.y > 0:
    vel = vel + acc * dt
    pos = pos + vel * dt
    steps += 1
print(steps, f"{pos:.3f}", f"{vel:.2f}")
