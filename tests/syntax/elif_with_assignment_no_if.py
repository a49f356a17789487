elif x = 1:
