match a, b:
    case (1, 2):
        f()
    case _:
        g()
