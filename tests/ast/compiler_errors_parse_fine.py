break
continue
nonlocal x
def f():
    global y
    y = 1
x = *a
*a = 1
__debug__ = 1
del __debug__
def g(__debug__):
    pass
f(__debug__=1)
