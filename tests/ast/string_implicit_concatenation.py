a = 'x' 'y'
b = ('multi'
     'line'
     "mixed")
c = b'a' b'b' rb'\c'
d = 'a' r'\b' u'c'
e = u'a' 'b'
f = 'a' u'b'
