def f(a,):
    pass
def g(a, *, b,):
    pass
def h(*a,):
    pass
def i(**k,):
    pass
def j(a, /,):
    pass
f(a,)
f(*a,)
f(**k,)
