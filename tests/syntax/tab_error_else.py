if True:
    pass
	else:
