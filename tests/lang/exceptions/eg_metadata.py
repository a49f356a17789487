# The parts made by split/subgroup carry the original's traceback, cause, context and a copy of its notes.
def make():
    try:
        try:
            raise KeyError("ctx")
        except KeyError:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)]) from OSError("cause")
    except ExceptionGroup as e:
        return e

eg = make()
eg.add_note("note one")
eg.add_note("note two")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part))
    print("  traceback shared:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  suppress_context:", part.__suppress_context__)
    print("  notes:", part.__notes__, "copy:", part.__notes__ is not eg.__notes__)
m.add_note("only on the match")
print(eg.__notes__, m.__notes__, r.__notes__)

plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
sub = plain.subgroup(ValueError)
print(sub.__traceback__, sub.__cause__, sub.__context__, sub.__suppress_context__, hasattr(sub, "__notes__"))
print(plain.subgroup(lambda e: True).__suppress_context__)

ctx_only = ExceptionGroup("c", [ValueError(1), TypeError(2)])
ctx_only.__context__ = KeyError("k")
sub = ctx_only.subgroup(TypeError)
print(repr(sub.__context__), sub.__cause__, sub.__suppress_context__)

odd = ExceptionGroup("odd", [ValueError(1), TypeError(2)])
odd.__notes__ = ("tuple note",)
print(odd.subgroup(ValueError).__notes__)
odd.__notes__ = 42
print(hasattr(odd.subgroup(ValueError), "__notes__"))
odd.__notes__ = "ab"
print(odd.subgroup(ValueError).__notes__)

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)])])
nested.exceptions[0].add_note("inner note")
part = nested.subgroup(ValueError)
print(part.__notes__ if hasattr(part, "__notes__") else "no outer notes", part.exceptions[0].__notes__)
