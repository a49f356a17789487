def f(a=[], b={}, c=(), d=x + y, e=f(), g=lambda: 0, h=-1, i=...):
    pass
