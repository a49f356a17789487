match x:
    case a.B(c):
        f()
