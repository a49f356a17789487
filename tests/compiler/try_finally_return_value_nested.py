def f():
    for x in y:
        try:
            with a:
                return g(x)
        finally:
            h()
