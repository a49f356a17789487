try:
    try:
        a()
    except E:
        b()
except F:
    c()
