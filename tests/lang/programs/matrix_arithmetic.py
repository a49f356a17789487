# Matrix arithmetic with a Matrix class: operators, transpose, determinant with fractions-free ints, errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, e):
        result, base = Matrix.identity(self.shape[0]), self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]]) if n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - b, sep="\n")
print(repr(a @ b), repr(b @ a), repr(2 * a), repr(a * 3))
print(a.shape, a[1, 0], a.transpose())
print(Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
print(a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix.identity(4).det())
print(a == Matrix([[1, 2], [3, 4]]), a == b, a != b, a == [[1, 2], [3, 4]])
r = Matrix([[1, 2, 3]])
print(repr(r @ r.transpose()), repr(r.transpose() @ r))
for f in (lambda: a + r, lambda: a @ r, lambda: r.det(), lambda: Matrix([[1], [1, 2]]), lambda: Matrix([]), lambda: a @ 2, lambda: a * a):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = Matrix([[1 / (i + j + 1) for j in range(3)] for i in range(3)])
print([[round(x, 4) for x in row] for row in h.rows], round(h.det(), 8))
