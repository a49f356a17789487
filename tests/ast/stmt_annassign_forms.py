x: int
y: list[int] = []
(z): int = 1
a.b: str
c[0]: float = 0.5
w: 'forward' = None
