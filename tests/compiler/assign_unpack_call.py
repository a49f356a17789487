a, b = f()
