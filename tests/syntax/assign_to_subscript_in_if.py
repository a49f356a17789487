if x[0] = 1:
    pass
