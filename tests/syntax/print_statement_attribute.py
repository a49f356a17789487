print x.y
