f(True=1, b)
