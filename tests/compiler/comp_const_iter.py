x = [a for a in [1, 2, 3]]
y = [a for a in {1, 2}]
