from __future__ import annotations
class C:
    x: [(y := 1) for a in b]
