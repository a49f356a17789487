f = lambda: 0
g = lambda x, y=1, *a, z, **k: x + y
