match x:
    case 1:
        a()
    case _:
        b()
