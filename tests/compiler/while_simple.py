while a:
    a -= 1
