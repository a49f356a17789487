# A plugin system driven by class hierarchies: __init_subclass__ registration, __subclasses__ walks, abstract checks.
class PluginError(Exception):
    pass

class Plugin:
    registry = {}
    required = ("run",)

    def __init_subclass__(cls, *, name=None, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.abstract = abstract
        if abstract:
            return
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise PluginError(f"{cls.__name__} lacks {', '.join(missing)}")
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise PluginError(f"duplicate plugin name {key!r}")
        Plugin.registry[key] = cls

    @classmethod
    def create(cls, key, *args):
        try:
            plugin_cls = cls.registry[key]
        except KeyError:
            raise PluginError(f"no plugin {key!r}; available: {', '.join(sorted(cls.registry))}") from None
        return plugin_cls(*args)

class TextPlugin(Plugin, abstract=True):
    required = ("run", "describe")
    def describe(self):
        return f"text plugin {type(self).__name__}"

class Upper(TextPlugin):
    def run(self, text):
        return text.upper()

class Reverse(TextPlugin, name="rev"):
    def run(self, text):
        return text[::-1]
    def describe(self):
        return "reverses " + super().describe()

class WordCount(Plugin, name="wc"):
    def __init__(self, sep=" "):
        self.sep = sep
    def run(self, text):
        return len([w for w in text.split(self.sep) if w])

class LoudReverse(Reverse, name="loud"):
    def run(self, text):
        return super().run(text).upper() + "!"

print(sorted(Plugin.registry), TextPlugin.abstract, Upper.abstract)
for key, args in (("upper", ()), ("rev", ()), ("wc", ()), ("wc", (",",)), ("loud", ()), ("zip", ())):
    try:
        p = Plugin.create(key, *args)
        print(f"{key:6} {p.run('hello big,world'):>16}  {p.describe() if hasattr(p, 'describe') else '-'}")
    except PluginError as e:
        print(type(e).__name__, e)
for source in ("class Broken(Plugin):\n    pass", "class Half(TextPlugin):\n    def run(self, t): return t",
               "class Dup(Plugin, name='wc'):\n    def run(self, t): return t", "class NotCallable(Plugin):\n    run = 5"):
    try:
        exec(source, {"Plugin": Plugin, "TextPlugin": TextPlugin})
        print("registered", sorted(Plugin.registry))
    except PluginError as e:
        print(type(e).__name__, e)
def tree(cls, depth=0):
    lines = ["  " * depth + cls.__name__ + (" (abstract)" if getattr(cls, "abstract", False) else "")]
    for sub in sorted(cls.__subclasses__(), key=lambda c: c.__name__):
        # classes whose registration failed still linger in __subclasses__ until collected
        if not issubclass(sub, Plugin) or sub.abstract or sub in Plugin.registry.values():
            lines += tree(sub, depth + 1)
    return lines
print("\n".join(tree(Plugin)))
print("\n".join(tree(ArithmeticError)))
def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return sorted(out)
print(all_subclasses(TextPlugin), [c.__name__ for c in LoudReverse.__mro__], issubclass(LoudReverse, TextPlugin))
print(Reverse.__subclasses__()[0].__name__, WordCount.__subclasses__(), bool.__subclasses__(), ZeroDivisionError.__subclasses__())
