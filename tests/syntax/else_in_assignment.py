x = 1 else 2
