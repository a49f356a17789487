f = lambda x: x if x else (lambda: None)
g = [lambda: i for i in range(3)]
h = (yield_ := 1) if True else lambda: 0
