x = {k: v for k, v in b.items()}
