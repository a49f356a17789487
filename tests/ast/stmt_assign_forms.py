a = 1
a = b = c = 2
a, b = b, a
[a, *b] = c
a.b = c[d] = e
(a), (b) = 1, 2
