# AttributeError.name and .obj: keywords and what attribute lookups set.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = AttributeError("msg", name="n", obj=3)
print(e.name, e.obj, e.args, str(e))
e = AttributeError()
print(e.name, e.obj)
t("bad kw", lambda: AttributeError("a", nam="n"))
t("too many", lambda: AttributeError("a", name=1, obj=2, x=3))
class Thing:
    pass
thing = Thing()
try:
    thing.missing
except AttributeError as err:
    print(err, "|", err.name, err.obj is thing)
try:
    (1).nope
except AttributeError as err:
    print(err, "|", err.name, err.obj)
try:
    "s".upperr()
except AttributeError as err:
    print(err, "|", err.name, repr(err.obj))
try:
    getattr([], "appendd")
except AttributeError as err:
    print(err, "|", err.name, err.obj)
try:
    Thing.nothing
except AttributeError as err:
    print(err, "|", err.name, err.obj is Thing)
print(getattr(thing, "nope", "default"))
e.obj = thing
print(e.obj is thing)
