[i for i in (lambda: (j := 1))()]
