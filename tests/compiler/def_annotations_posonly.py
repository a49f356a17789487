def f(a: A, /, b: B, *, c: C):
    pass
