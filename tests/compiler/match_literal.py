match x:
    case 1:
        a()
    case "s":
        b()
    case -1:
        c()
    case 1+2j:
        d()
