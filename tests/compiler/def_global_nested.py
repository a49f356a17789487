x = 0
def f():
    global x
    def g():
        return x
    x = g
