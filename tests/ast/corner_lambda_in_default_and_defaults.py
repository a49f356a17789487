def f(a=lambda: (yield), b=lambda x=lambda: 1: x):
    pass
