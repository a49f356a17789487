class C:
    def f(self):
        global __x
        nonlocal __x
