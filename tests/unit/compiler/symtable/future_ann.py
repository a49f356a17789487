"""Docstring first."""
from __future__ import annotations, division
from __future__ import generator_stop

def f(a: x, *b: y, c: z = 1, **d: w) -> r:
    q: [i for i in j] = 1
    u: int
    return a

def g():
    t = 1
    def h(p: t) -> t:
        s: t
        return p
    return h

def walrus_in_annotation():
    x: [(y := 1) for a in b]
    return y

class C:
    attr: lambda: undefined
    other: int = 3
