def g(a):
    r = yield from a
    return r
