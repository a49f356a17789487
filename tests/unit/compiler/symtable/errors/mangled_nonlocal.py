class C:
    def f(self):
        nonlocal __a
