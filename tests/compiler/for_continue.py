for x in y:
    if x:
        continue
    f(x)
