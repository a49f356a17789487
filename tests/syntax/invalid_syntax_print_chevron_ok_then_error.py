print >>sys.stderr, 'x' y
