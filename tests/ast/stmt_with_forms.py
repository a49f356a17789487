with a:
    pass
with a as b, c as (d, e):
    pass
with (a as b, c):
    pass
with (
    open('x') as f,
    open('y') as g,
):
    pass
