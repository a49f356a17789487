from __future__ import annotations
x.y: int
x[0]: int = 5
