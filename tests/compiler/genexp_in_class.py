class C:
    xs = [1]
    ys = list(x for x in xs)
    zs = [y for y in range(3) for x in xs]
