a, *b, c = f()
