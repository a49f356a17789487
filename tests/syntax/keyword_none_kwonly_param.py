def f(*, None):
    pass
