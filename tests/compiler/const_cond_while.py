while 1:
    if f():
        break
while 0:
    g()
