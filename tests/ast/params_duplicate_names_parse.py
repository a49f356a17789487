def f(a, a):
    pass
lambda x, x: 0
f(a=1, a=2)
