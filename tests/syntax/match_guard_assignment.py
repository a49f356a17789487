match x:
    case y if y = 1:
        pass
