a = "a" + "b"
b = "ab" * 3
c = b"x" * 4
d = "abc"[1]
e = "héllo"[1]
f = b"abc"[0]
g = "abc"[-1]
h = "%s" % 1
