def f():
    x = 1
    class C:
        x = x
        def m(self):
            return x
    return C
