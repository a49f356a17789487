def f():
    with a:
        try:
            b()
        finally:
            c()
