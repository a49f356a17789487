# The callable and descriptor types cannot be instantiated from Python.
def show(fn):
    try:
        print(repr(fn()))
    except TypeError as e:
        print(type(e).__name__, e)
kinds = [len, str.upper, dict.__dict__["fromkeys"], int.real, complex.real]
for k in kinds:
    t = type(k)
    show(lambda: t())
    show(lambda: t(1))
    show(lambda: t.__name__)
show(lambda: type(int.__add__)())
show(lambda: type((1).__add__)())
