a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = [i if i else 0 for i in y]
