def outer(a):
    b = 1
    def inner(c):
        return a + b + c
    return inner
