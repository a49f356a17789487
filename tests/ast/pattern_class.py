match x:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=yy):
        pass
    case Point(1, y=2):
        pass
    case mod.Cls(a, b=[c]):
        pass
