def f(a):
    z = 1
    b = a
    del z
    for i in b:
        y = i
    return y
