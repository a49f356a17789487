match x:
    case (a, b, c) | (c, a, b) | (b, c, a):
        f(a, b, c)
