x = 0
def f():
    global x, y
    def g():
        nonlocal z
        z = 1
    z = 0
