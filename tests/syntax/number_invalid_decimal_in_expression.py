total = price * 2x
