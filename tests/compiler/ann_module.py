x: int
y: list[int] = []
z.a: int
w[0]: str = "a"
v[1:2]: int
(p): int = 1
