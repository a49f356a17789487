# Class creation order: namespace execution, __set_name__ calls (in definition order), __init_subclass__, decorators.
log = []
class Named:
    def __init__(self, tag):
        self.tag = tag
        log.append(f"create {tag}")
    def __set_name__(self, owner, name):
        log.append(f"set_name {self.tag} as {owner.__name__}.{name}")
class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {sorted(kw)}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    return cls
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(f"meta new {name}")
        cls = super().__new__(mcs, name, bases, ns, **kw)
        log.append(f"meta new done {name}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name}")
        super().__init__(name, bases, ns, **kw)
class MetaBase(Base, metaclass=Meta):
    pass
log.clear()
@deco
class Child(MetaBase, flag=True):
    log.append("body start")
    b = Named("b")
    a = Named("a")
    log.append("body end")
for line in log:
    print(line)
shared = Named("shared")
log.clear()
class One:
    x = shared
class Two:
    y = shared
print(log)
class Later:
    pass
Later.attr = Named("late")
print(log[-1])
class NotCalled:
    def __set_name__(self, owner, name):
        print("should not be called for instances")
class Holder:
    pass
h = Holder()
h.x = NotCalled()
print("instance assignment does not call __set_name__")
class Both:
    @property
    def prop(self):
        return 1
    def __set_name__(self, owner, name):
        print("method named __set_name__ on the owner is irrelevant")
class UsesBoth:
    b = Both()
print("done", type(UsesBoth.b).__name__)
class Sub(Base):
    def __init_subclass__(cls, **kw):
        log.append(f"Sub.__init_subclass__ {cls.__name__}")
        super().__init_subclass__(**kw)
log.clear()
class GrandChild(Sub, extra=1):
    pass
print(log)
class ErrorInSetName:
    def __set_name__(self, owner, name):
        raise KeyError(name)
try:
    class Bad:
        first = Named("first")
        boom = ErrorInSetName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else "no cause")
print(log[-1])
