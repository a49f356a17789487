match x:
    case 1:
        a()
    case _ if b:
        c()
