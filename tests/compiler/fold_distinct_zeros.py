a = (0, 0.0, -0.0, False, 0j, -0j)
b = 0
c = 0.0
d = False
