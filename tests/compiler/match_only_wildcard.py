match x:
    case _:
        b()
