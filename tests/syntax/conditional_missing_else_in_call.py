print(a if b)
