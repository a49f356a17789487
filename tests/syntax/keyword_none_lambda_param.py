lambda None: 0
