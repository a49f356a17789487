def f(é, é):
    pass
