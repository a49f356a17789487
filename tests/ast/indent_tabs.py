if x:
	if y:
		pass
	else:
		pass
def f():
	return 1
