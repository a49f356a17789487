x = (a for a in b)
y = sum(a for a in b)
