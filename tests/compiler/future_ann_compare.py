from __future__ import annotations
a: x < y <= z
b: x is not y
c: x not in y
d: (x < y) < z
e: x == (y == z)
