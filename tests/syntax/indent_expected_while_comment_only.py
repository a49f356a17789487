while x:
# c
