a, b, c = c, b, a
