def f():
    global a
    global b, c, d
    nonlocal_ = 1
    def g():
        nonlocal nonlocal_
        nonlocal_ = 2
