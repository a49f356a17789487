match x:
    case [y, *rest]:
        a()
    case [*rest, y]:
        b()
    case [y, *rest, z]:
        c()
