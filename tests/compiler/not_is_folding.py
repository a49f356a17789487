x = not (a is b)
y = not (a in b)
z = not (a == b)
w = not a is not b
