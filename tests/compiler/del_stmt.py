del a
del a.b, c[1]
del (x, y), [z]
