with a as True:
    pass
