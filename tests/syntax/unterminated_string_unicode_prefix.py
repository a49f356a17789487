u'x
