True, x = 1, 2
