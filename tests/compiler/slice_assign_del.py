a[1:2] = b
del a[::2]
a[x:y, z] = w
