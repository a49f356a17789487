for x
