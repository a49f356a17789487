a = True + True
b = True * 3
c = False - 1
d = True ** 2
