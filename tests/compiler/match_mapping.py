match x:
    case {}:
        a()
    case {"k": v}:
        b()
    case {"a": 1, "b": y}:
        c()
    case {**rest}:
        d()
    case {"k": v, **rest}:
        e()
