def f(*args):
    return args
def g(**kw):
    return kw
