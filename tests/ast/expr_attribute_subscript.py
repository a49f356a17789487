a.b.c
a[0]
a[0][1]
a['k'].v
a[b, c]
a[b,]
a[()]
a[...]
a.b[c].d(e).f
