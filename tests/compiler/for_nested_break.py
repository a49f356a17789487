for x in a:
    for y in b:
        if x == y:
            break
    else:
        continue
    break
