if (a or b) and (c or d) and not (e and f):
    x = 1
else:
    x = 2
