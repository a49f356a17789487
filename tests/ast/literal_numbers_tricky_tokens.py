x = 1if y else 2
z = [0x1for x in y]
w = [0for _ in range(3)]
v = 1or 2
u = 1.0if x else 0
