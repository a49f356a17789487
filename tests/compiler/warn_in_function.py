def f(a):
    return a is 5, [a](1)
