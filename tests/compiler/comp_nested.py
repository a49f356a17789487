x = [a + c for a in b for c in d if c]
