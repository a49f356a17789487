# Mixins with cooperative methods: super() chains through the MRO, __init__ keyword plumbing, __repr__ composition.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected arguments: {sorted(kwargs)}")
        super().__init__()
    def describe(self):
        return ["Base"]
class Named(Base):
    def __init__(self, name="anon", **kwargs):
        self.name = name
        super().__init__(**kwargs)
    def describe(self):
        return [f"Named({self.name})"] + super().describe()
class Timestamped(Base):
    def __init__(self, created=0, **kwargs):
        self.created = created
        super().__init__(**kwargs)
    def describe(self):
        return [f"Timestamped({self.created})"] + super().describe()
class Serializable:
    def to_dict(self):
        return {k: v for k, v in sorted(vars(self).items())}
class Document(Serializable, Named, Timestamped):
    def __init__(self, body="", **kwargs):
        self.body = body
        super().__init__(**kwargs)
    def describe(self):
        return ["Document"] + super().describe()
doc = Document(body="text", name="readme", created=42)
print([c.__name__ for c in Document.__mro__])
print(doc.describe(), doc.to_dict())
try:
    Document(body="x", color="red")
except TypeError as e:
    print(type(e).__name__, e)
class LoggingMixin:
    def save(self):
        print(f"  log: saving {type(self).__name__}")
        return super().save()
class ValidatingMixin:
    def save(self):
        print("  validate")
        if not getattr(self, "ok", True):
            raise ValueError("invalid")
        return super().save()
class Storage:
    def save(self):
        print("  stored")
        return "saved"
class Model(LoggingMixin, ValidatingMixin, Storage):
    pass
print(Model().save())
bad = Model()
bad.ok = False
try:
    bad.save()
except ValueError as e:
    print(type(e).__name__, e)
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(ReprMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__hash__)
