def f():
    return list(x for x in (yield))
