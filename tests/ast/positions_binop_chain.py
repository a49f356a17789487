total = (first
         + second
         - third)
x = a + \
    b + \
    c
