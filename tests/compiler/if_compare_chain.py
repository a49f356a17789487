if a < b < c:
    x = 1
else:
    x = 2
