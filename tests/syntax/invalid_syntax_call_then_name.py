print(x) y
