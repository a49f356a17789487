from __future__ import annotations
a: f(x, *y, z=1, **w)
b: f(x for x in y)
c: f()
d: f(a)(b)
e: x.y.z
f: (1).real
g: 1 .real
