print 'a' 'b'
