x = bf''
