def f(a=x + 1, b=[], *, c={}, d=g()):
    pass
