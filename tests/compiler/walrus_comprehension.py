def f(data):
    return [y for x in data if (y := g(x))]
