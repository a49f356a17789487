x = f"abc"
