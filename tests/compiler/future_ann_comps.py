from __future__ import annotations
a: [x for x in y]
b: {x for x in y if z}
c: {k: v for k, v in w}
d: (x for x in y for z in x)
