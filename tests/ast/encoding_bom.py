x = 'é'
print(x)
