a = b
a.x = b.y
a[0] = b[0]
(a, [b, *c]) = d
del a, a.x, a[0], (b, c), [d]
for a.x in y:
    pass
with f() as a[0]:
    pass
