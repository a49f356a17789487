from __future__ import annotations
a: x | y & z ^ w
b: (x | y) & z
c: x << y >> z
d: ~x
e: x @ y // z % w / v
