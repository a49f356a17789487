def f():
    return
def g():
    return None
def h(x):
    if x:
        return
    x()
