def f(xs):
    return {(y := x): y for x in xs}
