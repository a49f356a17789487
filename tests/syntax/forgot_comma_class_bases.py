class C(a b):
    pass
