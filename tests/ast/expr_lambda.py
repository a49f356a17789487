lambda: 0
lambda x: x
lambda x, y=1, *args, z, w=2, **kw: 0
lambda a, /, b: 0
lambda *, k: k
lambda *a: a
lambda **k: k
lambda x=lambda y: y: x
