# Uncaught error from __init_subclass__ while a subclass is being created.
class Plugin:
    names = set()
    def __init_subclass__(cls, name, **kw):
        super().__init_subclass__(**kw)
        if name in Plugin.names:
            raise ValueError(f"plugin name {name!r} already used")
        Plugin.names.add(name)
class First(Plugin, name="first"):
    pass
print(sorted(Plugin.names))
class Again(Plugin, name="first"):
    pass
