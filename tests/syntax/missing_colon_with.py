with open(path) as fh
    data = fh.read()
