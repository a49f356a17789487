[x, None] = 1, 2
