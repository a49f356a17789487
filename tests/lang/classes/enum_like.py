# An enum-like pattern built from a metaclass: members, iteration, lookup by value, immutability.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for key, value in members.items():
            member = object.__new__(cls)
            object.__setattr__(member, "name", key)
            object.__setattr__(member, "value", value)
            cls._members[key] = member
            type.__setattr__(cls, key, member)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __setattr__(self, name, value):
        raise AttributeError("members are immutable")
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
print(Color.RED, Color.GREEN.value, Color.BLUE.name, len(Color))
print(list(Color), [c.describe() for c in Color])
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, Color.RED == Color.RED, Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Color.RED, Color), type(Color).__name__, {Color.RED: "stop"}[Color.RED])
match Color(3):
    case Color.BLUE:
        print("matched a member by value pattern")
class Weekday(Enum):
    MON = "monday"
    TUE = "tuesday"
print(list(Weekday), Weekday("tuesday"))
