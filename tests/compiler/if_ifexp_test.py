if (a if b else c):
    x = 1
