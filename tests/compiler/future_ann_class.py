from __future__ import annotations
class C:
    x: int
    y: C = None
    def m(self) -> C: ...
