from __future__ import annotations
a: lambda: 0
b: lambda x, y=1: x
c: lambda *args: 0
d: lambda *, k: k
e: lambda a, /, b: 0
f: lambda **kw: 0
