# Attribute lookup on classes: metaclass data descriptors win over class attributes, class attributes
# win over metaclass plain attributes, and instances never see metaclass attributes.
class Meta(type):
    meta_plain = "from metaclass"
    shared = "metaclass shared"
    @property
    def meta_prop(cls):
        return f"metaclass property on {cls.__name__}"
    @property
    def both(cls):
        return "metaclass data descriptor wins"
    def meta_method(cls):
        return f"metaclass method bound to {cls.__name__}"
class C(metaclass=Meta):
    shared = "class shared"
    both = "class attribute loses"
    def method(self):
        return "instance method"
print(C.meta_plain, C.shared, C.meta_prop, C.both, C.meta_method())
obj = C()
print(obj.shared, obj.both)
for name in ["meta_plain", "meta_prop", "meta_method"]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(name, type(e).__name__, e)
print(type(C).__dict__["meta_prop"].__get__(C), "meta_plain" in dir(C), "meta_plain" in vars(C))
class Sub(C):
    pass
print(Sub.meta_prop, Sub.meta_method(), Sub.shared)
C.shared = "reassigned on class"
print(C.shared, Meta.shared, obj.shared)
try:
    C.both = "cannot set: metaclass property has no setter"
except AttributeError as e:
    print(type(e).__name__, e)
class MetaGetattr(type):
    def __getattr__(cls, name):
        return f"MetaGetattr.__getattr__({name})"
class D(metaclass=MetaGetattr):
    real = "real"
print(D.real, D.anything, hasattr(D(), "anything"))
class MetaSetattr(type):
    def __setattr__(cls, name, value):
        print(f"  class attribute {name} = {value!r}")
        super().__setattr__(name, value)
class E(metaclass=MetaSetattr):
    inside_body = "not reported: the body builds a namespace"
E.later = 5
e = E()
e.instance_attr = 6
print(E.later, e.instance_attr)
print(type(C).__name__, type(Sub).__name__, isinstance(C, Meta), isinstance(obj, Meta))
print(C.__class__.__name__, C.__class__.meta_plain, type.__getattribute__(C, "shared"))
