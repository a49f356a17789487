def f(self):
    return "<%s at %#x>" % (type(self).__name__, id(self))
def g(self):
    return "%s(%r)" % (self.__class__.__name__, self.x)
