True -= 1
