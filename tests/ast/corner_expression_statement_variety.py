1
'doc-like string later'
x
x.y
x[0]
x()
-x
(x, y)
[x]
{x}
{x: y}
lambda: 0
x if y else z
(yield)
