global (x)
