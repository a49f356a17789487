def f():
    if x:
        g() = 1
