def f():
    while True:
        pass
    else:
        x = 1
