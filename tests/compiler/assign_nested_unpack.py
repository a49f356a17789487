(a, b), [c, d] = f()
