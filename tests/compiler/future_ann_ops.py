from __future__ import annotations
a: x + y * z - w
b: (x + y) * z
c: x ** y ** z
d: (x ** y) ** z
e: -x ** 2
f: (-x) ** 2
g: not x
h: x and y or z
i: x and (y or z)
