with x := 1:
    pass
