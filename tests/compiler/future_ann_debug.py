from __future__ import annotations
a: __debug__
b: (1, 2)[0]
c: 1 + 2
