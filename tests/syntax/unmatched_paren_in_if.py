if x):
    pass
