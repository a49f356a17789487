a = -1
b = +True
c = ~True
d = not 0
e = -"a"
f = not ()
