def f(x):
    assert x > 0, "positive"
    return x
