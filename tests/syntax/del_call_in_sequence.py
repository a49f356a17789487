del a, f(), c
