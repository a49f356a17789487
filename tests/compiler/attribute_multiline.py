x = (a
     .b
     .c)
