with (a, b):
    pass
with (a):
    pass
with (yield):
    pass
