for x in xs:
    match x:
        case 0:
            break
        case 1:
            continue
        case _:
            pass
