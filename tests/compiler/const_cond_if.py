if 0:
    x = 1
if 1:
    y = 2
else:
    z = 3
if "":
    w = 4
