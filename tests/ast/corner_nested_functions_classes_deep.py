def a():
    class B:
        def c(self):
            def d():
                class E:
                    def f(self):
                        return lambda: [g for g in (h for h in range(1))]
                return E
            return d
    return B
