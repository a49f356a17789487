# __init_subclass__ (with keyword arguments) and __set_name__ ordering during class creation.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b-plugin"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Gamma.plugin_name, hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Field:
    def __init__(self):
        print("  Field.__init__")
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name
class Checked:
    def __init_subclass__(cls):
        print("  __init_subclass__", cls.__name__, sorted(k for k, v in vars(cls).items() if isinstance(v, Field)))
print("defining Record")
class Record(Checked):
    a = Field()
    b = Field()
print("defined", Record.a.name, Record.b.name)
class Shared:
    def __set_name__(self, owner, name):
        print("  shared as", name)
s = Shared()
class TwoNames:
    first = s
    second = s
class NoSetName:
    def __set_name__(self, owner, name):
        raise RuntimeError("set_name failure")
try:
    class Fails:
        attr = NoSetName()
except RuntimeError as e:
    print(type(e).__name__, e, "| note:", e.__notes__ if hasattr(e, "__notes__") else None)
class Implicit:
    def __init_subclass__(cls):
        cls.counted = True
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
class Sub(Implicit):
    pass
print(Sub.counted, hasattr(Implicit, "counted"))
class Chain1:
    def __init_subclass__(cls, **kw):
        print("  Chain1 sees", cls.__name__, kw)
        super().__init_subclass__()
class Chain2(Chain1):
    def __init_subclass__(cls, extra=None, **kw):
        print("  Chain2 sees", cls.__name__, extra)
        super().__init_subclass__(**kw)
class Leaf(Chain2, extra="x", more="y"):
    pass
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
