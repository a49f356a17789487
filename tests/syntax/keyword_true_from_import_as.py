from a import b as True
