match x:
    case [y, *_]:
        a()
    case [*_, y]:
        b()
    case [y, *_, z]:
        c()
    case [_, *_]:
        d()
    case [*_]:
        e()
