# ExceptionGroup.split and subgroup by exception type and tuple of types, nested groups included.
def show(label, pair):
    match, rest = pair
    print(label)
    print("  match:", repr(match))
    print("  rest: ", repr(rest))

eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [ValueError("v2"), KeyError("k1"), ExceptionGroup("low", [TypeError("t2")])]),
    OSError("o1"),
])
show("ValueError", eg.split(ValueError))
show("TypeError", eg.split(TypeError))
show("LookupError (KeyError's base)", eg.split(LookupError))
show("tuple (ValueError, OSError)", eg.split((ValueError, OSError)))
show("Exception matches the whole group", eg.split(Exception))
show("ExceptionGroup matches the whole group", eg.split(ExceptionGroup))
show("nothing", eg.split(ZeroDivisionError))
show("empty tuple", eg.split(()))
print(eg.split(Exception)[0] is eg, eg.split(ZeroDivisionError)[1] is eg)
m, r = eg.split(ValueError)
print("leaves are shared:", m.exceptions[0] is eg.exceptions[0], r.exceptions[0] is eg.exceptions[1])
print("nested part keeps its message:", m.exceptions[1].message, type(m.exceptions[1]).__name__)
print(repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup((KeyError, OSError))))
print(eg.subgroup(MemoryError))
print(eg.subgroup(BaseException) is eg)

beg = BaseExceptionGroup("base", [ValueError("v"), KeyboardInterrupt(), SystemExit(3)])
show("base group by Exception", beg.split(Exception))
show("base group by KeyboardInterrupt", beg.split(KeyboardInterrupt))
show("base group by SystemExit", beg.split((SystemExit, GeneratorExit)))
m, r = beg.split(Exception)
print(type(m).__name__, type(r).__name__)

for bad in [1, "ValueError", (ValueError, 1), [ValueError], ValueError("x"), None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("subgroup", repr(bad), "->", e)
for args in [(), (ValueError, TypeError)]:
    try:
        eg.split(*args)
    except TypeError as e:
        print(len(args), "arguments:", e)
    try:
        eg.subgroup(*args)
    except TypeError as e:
        print(len(args), "arguments:", e)
try:
    eg.split(matcher=ValueError)
except TypeError as e:
    print(e)
