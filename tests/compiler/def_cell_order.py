def f(z, a):
    y = x = 1
    def g():
        return x, y, z, a
    return g
