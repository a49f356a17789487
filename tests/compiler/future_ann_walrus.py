from __future__ import annotations
a: (x := 1)
