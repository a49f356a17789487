match a:
    case 1:
        x: int
