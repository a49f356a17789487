from __future__ import annotations
def f(*args: *Ts): pass
