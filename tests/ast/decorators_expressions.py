@a
@a.b.c
@a(1, k=2)
@a[0]
@(lambda f: f)
@x if y else z
@a := b
def f():
    pass
