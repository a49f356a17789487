match x:
    case [_, _]:
        a()
    case [_, y, _]:
        b()
