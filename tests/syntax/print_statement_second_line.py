print()
print 1
