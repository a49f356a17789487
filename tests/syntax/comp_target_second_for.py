[x for x in y for f() in z]
