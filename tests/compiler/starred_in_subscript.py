x = a[*b]
y = a[1, *b]
