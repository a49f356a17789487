print >>sys.stderr, 'x'
print -1
print
print (1), 2
