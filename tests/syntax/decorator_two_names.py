@d e
def f(): pass
