x = rr''
