match x:
    case []:
        pass
    case [a]:
        pass
    case (a, b):
        pass
    case a, b, *rest:
        pass
    case [first, *_]:
        pass
    case (a,):
        pass
    case ():
        pass
    case [*_, last]:
        pass
