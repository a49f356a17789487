def f(x):
    try:
        return x.y
    finally:
        x.close()
