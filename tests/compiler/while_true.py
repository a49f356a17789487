while True:
    x = f()
    if x:
        break
