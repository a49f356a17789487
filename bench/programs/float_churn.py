"""float_churn: create many small objects with float fields (3-D points),
normalise them, fold them into running maxima and a centroid, and throw
them away; repeat. Prints the maxima and the centroid.

Stresses: object allocation and deallocation, attribute access, float
arithmetic and boxing, float ** 0.5, method calls, list growth."""

POINTS = 50000
ROUNDS = 24


class Point:
    def __init__(self, i):
        # Smooth but non-trivial coordinates without any math module.
        t = i * 0.001
        self.x = t * t - 3.0 * t + 1.5
        self.y = (i % 97) * 0.25 - 12.0
        self.z = 1.0 / (1.0 + t)

    def normalize(self):
        norm = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        if self.x < other.x:
            self.x = other.x
        if self.y < other.y:
            self.y = other.y
        if self.z < other.z:
            self.z = other.z
        return self


def churn(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    sx = sy = sz = 0.0
    for p in points:
        sx += p.x
        sy += p.y
        sz += p.z
    return best, (sx / n, sy / n, sz / n)


def main():
    drift = 0.0
    for r in range(ROUNDS):
        best, centroid = churn(POINTS + r * 1000)
        drift += centroid[0] - centroid[1] + centroid[2]
    print(f"max {best.x:.9f} {best.y:.9f} {best.z:.9f}")
    print("centroid " + " ".join(f"{c:.9f}" for c in centroid))
    print(f"drift {drift:.9f}")


main()
