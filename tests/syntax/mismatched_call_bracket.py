print(a, b]
