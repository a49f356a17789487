from __future__ import annotations
def f(a: int, b: list[str] = [], *c: x | y, d: "q", **e: dict) -> None:
    pass
