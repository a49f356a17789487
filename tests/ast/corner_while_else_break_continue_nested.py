while a:
    for b in c:
        if b:
            continue
        else:
            break
    else:
        pass
else:
    pass
