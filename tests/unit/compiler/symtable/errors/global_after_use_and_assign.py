def f():
    x = x
    global x
