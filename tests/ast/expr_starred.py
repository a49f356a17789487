*a, b = c
a, *b = c
print(*a)
[*a, *b]
(*a, *b)
x = *a, *b
for *x, y in z:
    pass
x[*a]
x[a, *b]
