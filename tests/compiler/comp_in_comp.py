x = [[y for y in row] for row in m]
