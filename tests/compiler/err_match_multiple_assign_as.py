match x:
    case [a, 1] as a:
        pass
