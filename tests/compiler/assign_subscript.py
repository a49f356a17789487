a[i] = 1
a[i][j] = 2
