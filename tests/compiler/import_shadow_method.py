def f():
    import sys
    return sys.exit(0)
