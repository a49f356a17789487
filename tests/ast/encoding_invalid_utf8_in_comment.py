x = 1  # café ÿþ
y = 2
