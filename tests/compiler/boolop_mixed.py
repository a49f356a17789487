x = a and b or c
y = (a or b) and c
