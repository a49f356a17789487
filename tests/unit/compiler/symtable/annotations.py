# Annotations evaluated in place, without the future import.
def f(a: x, *b: y, c: z = 1, **d: w) -> r:
    q: [i for i in j] = 1
    u: int
    (v): int = 2
    (k): int
    obj.attr: int
    lst[0]: int = 3
    return a

def g():
    t = 1
    def h(p: t, *, kw: (lambda: t)) -> t:
        s: t
        return p
    return h

class C:
    attr: int
    val: str = "x"
    (paren): int

x: int
y: int = 0
global z
z: int = 1
