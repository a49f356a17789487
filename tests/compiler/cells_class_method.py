class C:
    def f(self):
        x = 1
        class D:
            y = x
            def g(s):
                return x + y
        return D
