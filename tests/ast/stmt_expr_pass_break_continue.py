f()
pass
while True:
    break
    continue
...
