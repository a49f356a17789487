match x:
    case []:
        a()
    case [y]:
        b()
    case [y, z]:
        c()
    case (p, q, r):
        d()
