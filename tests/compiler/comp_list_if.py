x = [a for a in b if a if c]
