try:
    a()
except E:
    with b:
        c()
