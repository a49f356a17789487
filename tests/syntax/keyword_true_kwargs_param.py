def f(**True):
    pass
