match x:
    case Color.RED:
        a()
    case a.b.c:
        b()
