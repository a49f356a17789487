def f(a=1, b=2, /, c=3):
    pass
def g(a, /):
    pass
def h(a, b=1, /, *, c):
    pass
