# Attribute sites that see instances of several classes sharing one
# attribute layout (subclasses set up by a common __init__), and the cases
# where the class, not the instance dict, must answer.
class Base:
    def __init__(self, v):
        self.a = v
        self.b = v * 2
    def get(self):
        return self.a + self.b
    def put(self, v):
        self.b = v

class One(Base):
    pass

class Two(Base):
    def get(self):
        return -super().get()

class Prop(Base):
    @property
    def b(self):
        return "property b"
    @b.setter
    def b(self, v):
        self.__dict__["b"] = v
        self.seen = v

objs = [Base(1), One(2), Two(3), Base(4), One(5)]
for _ in range(3):
    print([o.get() for o in objs])
    for o in objs:
        o.put(o.a + 10)
print([(o.a, o.b) for o in objs])
p = Prop(7)
print(p.a, p.b, p.seen, p.__dict__)
mixed = objs + [p]
print([o.b for o in mixed])
for o in mixed:
    o.put(99)
print([o.b for o in mixed], p.seen)

class Late(Base):
    pass

xs = [Late(1), One(1), Late(2)]
print([o.b for o in xs])
Late.b = property(lambda self: "late property")
print([o.b for o in xs])
del Late.b
print([o.b for o in xs])

class Slots:
    __slots__ = ("a", "b")
    def __init__(self, v):
        self.a = v
        self.b = v
sites = [Base(1), Slots(2), One(3)]
print([o.b for o in sites])
def set_all(items, v):
    for o in items:
        o.b = v
set_all(sites, 5)
print([o.b for o in sites])

class Getattr(Base):
    def __getattr__(self, name):
        return "missing " + name
g = Getattr(1)
print([o.b for o in [Base(0), g]], g.zzz)
del g.b
print(g.b)
