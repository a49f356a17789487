# leading comment


# another
x = 1 2
