if value == 10
    pass
