def f():
    import os.path
    from sys import argv
    return os, argv
