match x:
    case b"x":
        a()
    case 1.5:
        b()
    case -2.5j:
        c()
    case "a" "b":
        d()
