def outer():
    for i in range(3):
        if i == 2
            return i
