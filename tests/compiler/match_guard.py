match x:
    case y if y > 0:
        a()
    case _ if z:
        b()
    case _:
        c()
