match x:
    case 1 | 2 | 3:
        a()
    case [y] | (y, _):
        b()
    case {"a": u, "b": v} | {"b": v, "a": u}:
        c()
