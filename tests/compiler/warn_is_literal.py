x = a is 1
y = a is not "s"
z = a is None
w = 1 is a
v = a is ()
u = a is (1, 2)
t = a is -1
if a is 1:
    pass
while a is 2:
    pass
r = a < b is 3
