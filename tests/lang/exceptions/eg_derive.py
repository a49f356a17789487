# derive(): the base implementation, overrides in subclasses, and what split/subgroup do with them.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError("k")])
print(repr(d), type(d).__name__, d.message)
d = eg.derive((KeyboardInterrupt(),))
print(repr(d), type(d).__name__)
for bad in [[], [1], None]:
    try:
        eg.derive(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
print(type(p.derive([ValueError(3)])).__name__, type(p.subgroup(ValueError)).__name__)

class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="none"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag="none"):
        super().__init__(message, excs)
    def derive(self, excs):
        print("  derive called with", len(excs), "exceptions")
        return Tagged(self.message, excs, self.tag + "+")
t = Tagged("tagged", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])], "T")
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, repr(m))
print(type(r).__name__, r.tag, repr(r))
print(type(m.exceptions[1]).__name__)

class NotGroup(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    NotGroup("n", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotGroup("n", [ValueError(1)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)
print(NotGroup("n", [ValueError(1)]).split(ExceptionGroup)[1])

class Failing(ExceptionGroup):
    def derive(self, excs):
        raise KeyError("derive failed")
try:
    Failing("f", [ValueError(1), TypeError(2)]).subgroup(TypeError)
except KeyError as e:
    print(type(e).__name__, e)

class Counting(BaseExceptionGroup):
    count = 0
    def derive(self, excs):
        Counting.count += 1
        return Counting(self.message, excs)
c = Counting("c", [ValueError(1), KeyboardInterrupt(), Counting("d", [SystemExit(0), TypeError()])])
m, r = c.split(Exception)
print(Counting.count, type(m).__name__, repr(m), repr(r))
