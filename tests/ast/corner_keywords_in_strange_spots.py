x = a if b else c
f(lambda: 1 if x else 2)
[x for x in y if x if y]
y = [i for i in range(10) if i % 2 if i % 3]
z = not a == b
w = -a ** -b
