if any((y := x) > 0 for x in xs):
    print(y)
result = [z for x in data if (z := g(x)) is not None]
while (line := f.readline()):
    pass
f(a := 1, b := 2)
x = (y := 1, z := 2)
