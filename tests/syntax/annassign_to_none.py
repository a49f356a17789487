None: int = 1
