match x:
    case Point():
        a()
    case Point(1, 2):
        b()
    case Point(x=0, y=yy):
        c()
    case Point(px, y=_):
        d()
    case int(n):
        e()
