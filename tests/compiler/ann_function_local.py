def f():
    x: int
    y: int = 1
    z.a: int
    return y
