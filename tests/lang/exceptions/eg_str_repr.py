# str() and repr() of groups: counts, empty messages, nested reprs, subclass overrides, args.
groups = [
    ExceptionGroup("one", [ValueError("v")]),
    ExceptionGroup("two", [ValueError("v"), TypeError("t")]),
    ExceptionGroup("", [KeyError("k")]),
    ExceptionGroup("tuple", (OSError(2, "No such file"),)),
    BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(0)]),
    ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1)]), ValueError(2)]),
    ExceptionGroup("quote's", [ValueError("it's")]),
    ExceptionGroup("many", [ValueError(i) for i in range(20)]),
]
for g in groups:
    print(repr(str(g)))
    print("  ", repr(g)[:120])
    print("  ", g.args[0] == g.message, type(g.args[1]).__name__, len(g.exceptions))

class Named(ExceptionGroup):
    def __str__(self):
        return "Named<" + self.message + ">"
n = Named("n", [ValueError()])
print(str(n), repr(n))
class Quiet(ExceptionGroup):
    def __repr__(self):
        return "Quiet()"
q = Quiet("q", [ValueError()])
print(str(q), repr(q), repr([q]))
print(f"{groups[0]}", "%s" % groups[1], format(groups[2]))
print(repr(groups[0].derive(groups[1].exceptions)))
print(str(ExceptionGroup("multi\nline", [ValueError()])))
