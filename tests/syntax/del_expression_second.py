del (a), (b) + 1
