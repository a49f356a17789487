x = a in [1, 2, 3]
y = a not in {1, 2, 3}
z = a in [b, c]
w = a in {b, c}
