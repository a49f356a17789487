x = ('a'  # first
     'b'  # second
     # lonely comment
     'c')
