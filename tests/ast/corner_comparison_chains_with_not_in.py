x not in y
x is not y
not x in y
not x is y
a < b > c
x in y in z
a is b is not c
