# split/subgroup with a predicate: called on groups before their members, errors propagate.
calls = []
def pred(e):
    calls.append(type(e).__name__ + ":" + str(e))
    return isinstance(e, ValueError) or str(e) == "match me"

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), OSError("match me")])])
m, r = eg.split(pred)
print(repr(m))
print(repr(r))
print(calls)
calls.clear()
print(repr(eg.subgroup(pred)))
print(calls)

print(eg.subgroup(lambda e: True) is eg, eg.split(lambda e: True)[1])
print(eg.subgroup(lambda e: False), repr(eg.split(lambda e: False)[1]))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
print(repr(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup))))
print(repr(eg.split(lambda e: 1 if isinstance(e, KeyError) else [])[0]))

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(repr(eg.subgroup(lambda e: Truthy(isinstance(e, TypeError)))))

def boom(e):
    if isinstance(e, KeyError):
        raise RuntimeError("predicate failed on " + repr(e))
    return False
try:
    eg.split(boom)
except RuntimeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("no truth")
try:
    eg.subgroup(lambda e: BadBool())
except ZeroDivisionError as e:
    print(type(e).__name__, e)

class Matcher:
    def __call__(self, e):
        return isinstance(e, OSError)
for matcher in [Matcher(), Matcher().__call__, len, print]:
    try:
        print(repr(eg.subgroup(matcher)))
    except TypeError as e:
        print("not a function:", e)
def named(e):
    return "2" in str(e)
print(repr(eg.split(named)[0]))
