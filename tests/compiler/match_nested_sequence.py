match x:
    case [[a, b], [c, *d]]:
        f()
