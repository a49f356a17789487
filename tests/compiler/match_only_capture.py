match x:
    case y:
        b(y)
