match x:
    case {K.a: v, 1: w}:
        a()
