[i for i in range(5) for j in (k := range(3))]
