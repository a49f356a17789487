x = a < b
y = a == b
z = a is not b
w = a not in b
