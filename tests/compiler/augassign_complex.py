a.b.c += 1
a[b][c] -= 2
a[b:c] *= 3
