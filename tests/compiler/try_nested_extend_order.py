def f(a):
    if a:
        try:
            try:
                g()
            except E:
                h()
        except F:
            pass
    else:
        k()
