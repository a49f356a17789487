match x:
    case a | 1 if:
        pass
