from __future__ import annotations
a: dict[str, int]
b: tuple[()]
c: x[1:2]
d: x[::3]
e: x[a, b:c]
f: x[(a, b)]
g: x[a,]
h: x[*a]
