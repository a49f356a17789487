from __future__ import annotations
a: x if y else z
b: (x if y else z) if w else v
c: x if (y if z else w) else v
