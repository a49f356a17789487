match x:
    case [1, 2] as p:
        a()
    case (1 | 2) as q:
        b()
    case {"k": [1, v] as w}:
        c()
