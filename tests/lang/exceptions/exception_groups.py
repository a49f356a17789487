# ExceptionGroup and BaseExceptionGroup: construction rules, subgroup/split/derive, nesting.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
print(type(eg).__name__, isinstance(eg, Exception))
beg = BaseExceptionGroup("base", [ValueError("a"), KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("only exceptions", [ValueError()])).__name__)
for args in [("msg", []), ("msg", None), (1, [ValueError()]), ("msg", [1]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(repr(args[0]), type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
match, rest = eg.split(lambda e: "1" in str(e))
print(repr(match), repr(rest))
print(eg.split(OSError))
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError), eg.subgroup(lambda e: True) is eg)
nested = ExceptionGroup("outer", [ValueError("top"), ExceptionGroup("inner", [TypeError("deep"), ValueError("deep v")])])
print(repr(nested.subgroup(ValueError)))
m, r = nested.split(TypeError)
print(repr(m), repr(r))
derived = eg.derive([KeyError("k")])
print(repr(derived), type(derived).__name__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[0]).__name__)
eg.add_note("a note")
sub = eg.subgroup(ValueError)
print(sub.__notes__, sub.__cause__, sub.__context__)
try:
    raise ExceptionGroup("caught normally", [OSError("x")])
except ExceptionGroup as e:
    print("except ExceptionGroup:", repr(e))
try:
    raise ExceptionGroup("caught as Exception", [OSError("x")])
except Exception as e:
    print("except Exception:", type(e).__name__, e.exceptions)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("two", [ValueError(), ValueError()])))
print(eg.exceptions[0] is eg.split(ValueError)[0].exceptions[0])
