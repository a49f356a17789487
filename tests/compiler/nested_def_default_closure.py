def f(x):
    def g(y=x):
        return y
    return g
