match x:
    case [y, (1 | 2) as z]:
        f(y, z)
