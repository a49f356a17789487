@d
@
def f(): pass
