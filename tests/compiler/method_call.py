a.b(1, 2)
a.b(x=1)
a.b.c(d)
