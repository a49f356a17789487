# The @ operator (no builtin type implements it), ellipsis, conditional expressions and walrus in operators.
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return f"rmatmul with {type(other).__name__}"
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return f"Matrix({self.rows})"
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a, [1] @ a)
c = a
c @= b
print(c, c is a)
for bad in ["1 @ 2", "[1] @ [2]", "'a' @ 'b'"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(..., Ellipsis, type(...).__name__, ... is Ellipsis, repr(...), str(...), bool(...))
class Index:
    def __getitem__(self, key):
        return key
print(Index()[...], Index()[..., 0], Index()[1:...])
def stub():
    ...
print(stub(), (lambda: ...)())
values = [3, 10, 7]
print(["big" if v > 5 else "small" for v in values])
print(max(values) if values else None, (min(values) if values else "empty"))
if (total := sum(values)) > 15:
    print("total is", total)
print((n := 4) * n, n)
print(True and "and-value", None or "or-value", 0 or "", "" and 0)
print(divmod(17, 5), 17 // 5, 17 % 5, -17 // 5, -17 % 5)
print(1_000 + 0b1 + 0o1 + 0x1, 1e3 + 1j.imag)
print(str(1) + "2", "3" * 2, [0] * 2 + [1], (1,) * 2 + (2,))
print(Matrix.__matmul__.__name__, hasattr(int, "__matmul__"), hasattr(list, "__matmul__"))
