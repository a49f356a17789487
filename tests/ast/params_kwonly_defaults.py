def f(*, a, b=1, c, d=2):
    pass
def g(*args, a=1, b):
    pass
