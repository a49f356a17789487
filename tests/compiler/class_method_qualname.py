class A:
    def f(self):
        def g():
            pass
        return lambda: g
