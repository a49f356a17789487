lambda for: 0
