x = a in {1, 1.0, True, 2}
