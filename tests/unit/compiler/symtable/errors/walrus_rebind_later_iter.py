[x for x in z if (x := 1)]
