[x for None in y]
