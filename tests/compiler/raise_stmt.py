def f():
    raise
def g():
    raise E
def h():
    raise E from None
