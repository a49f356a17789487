if x:
	pass
if y:
        pass
if z:
    	pass
    	q = 1
