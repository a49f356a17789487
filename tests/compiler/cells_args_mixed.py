def f(a, b, *c, d, **e):
    def g():
        return a, c, e
    z = 1
    def h():
        return z, b, d
    return g, h
