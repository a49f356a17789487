class C(metaclass=M):
    pass
class D(object, x=1, **kw):
    pass
class E():
    pass
