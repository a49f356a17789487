def f(xs):
    for x in xs:
        if x:
            return x
    return None
