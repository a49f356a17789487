x = None
if x is None:
    pass
if x is not None:
    y = 1
