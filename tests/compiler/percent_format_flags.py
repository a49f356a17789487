x = "%+s %#r % a %05s" % (a, b, c, d)
y = "%sé%s" % (a, b)
