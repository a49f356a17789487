*a, b = f()
