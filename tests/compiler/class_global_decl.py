class C:
    global g
    g = 1
    def f(self):
        return g
