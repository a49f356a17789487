lambda a, **a: 1
