from __future__ import annotations
a: f"x{y}z"
b: f"{y!r:>{w}}"
c: f"{ {1: 2} }"
d: f"{x:{y}.{z}}"
e: f"a'b{c}"
f: f"{{braces}}"
