# property, staticmethod and classmethod used as builtin types: attributes, descriptors, wrapping.
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
class K:
    prop = property(lambda self: "got")
print(K().prop, type(K.prop).__name__, K.prop.fget.__name__)
try:
    K().prop = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del K().prop
except AttributeError as e:
    print(type(e).__name__, e)
def getter(self):
    "getter doc"
    return 1
p2 = property(getter)
print(p2.__doc__, property(getter, doc="explicit").__doc__)
p3 = p2.setter(lambda self, v: None)
print(p3 is not p2, p3.fget is getter, p3.fset is not None, p2.fset)
print(p2.__get__(None, K) is p2, p2.__get__(K()))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    s = sm
    c = cm
print(Holder.s("abc"), Holder().s([1]), Holder.c(), Holder().c())
print(sm.__func__ is len, callable(sm), cm.__func__.__name__)
print(sm.__get__(None, Holder)("xy"), cm.__get__(None, Holder)())
print(isinstance(Holder.__dict__["s"], staticmethod), isinstance(Holder.__dict__["c"], classmethod))
class Sub(Holder):
    pass
print(Sub.c(), Sub().c())
def documented():
    "a docstring"
print(staticmethod(documented).__doc__, classmethod(documented).__doc__)
print(staticmethod(documented).__name__, classmethod(documented).__wrapped__ is documented)
class Chained:
    @classmethod
    @property
    def both(cls):
        return f"class property of {cls.__name__}"
print(Chained.both)
try:
    property(1)
    print("property accepts any fget")
    class Bad:
        x = property(1)
    Bad().x
except TypeError as e:
    print(type(e).__name__, e)
class Abstractish:
    @property
    def value(self):
        raise NotImplementedError("subclass must define value")
try:
    Abstractish().value
except NotImplementedError as e:
    print(type(e).__name__, e)
