if (n := len(a)) > 10:
    pass
while chunk := f.read(10):
    pass
[y for x in data if (y := f(x))]
print(x := 1, y := 2)
{(k := 1): 2}
x[y := 1]
