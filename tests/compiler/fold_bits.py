a = 1 << 10
b = -1 >> 3
c = 6 & 3
d = 6 | 3
e = 6 ^ 3
f = ~5
g = True & False
h = True | 2
