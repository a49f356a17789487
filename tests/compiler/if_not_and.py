if not (a and b):
    x = 1
