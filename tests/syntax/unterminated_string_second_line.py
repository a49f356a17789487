a = 1
b = "text
c = 3
