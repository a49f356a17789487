class C(B):
    def f(self):
        return super().f()
    def g(self):
        return __class__
