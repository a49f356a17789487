match x:
    case 1:
        a()
    case y:
        b(y)
