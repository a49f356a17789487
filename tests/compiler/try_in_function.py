def f():
    try:
        return g()
    except E as e:
        return e
    finally:
        h()
