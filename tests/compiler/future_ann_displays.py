from __future__ import annotations
a: [1, 2]
b: {1, 2}
c: {1: 2, **d}
d: ()
e: (1,)
f: (1, 2)
g: {}
