# NameError.name: the keyword, and the name the runtime sets.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(NameError("x").name, NameError("x", name="y").name, NameError(name="z").args)
t("bad kw", lambda: NameError("a", nm=1))
t("too many", lambda: NameError("a", name=1, x=2))
try:
    undefined_thing
except NameError as e:
    print(e, "|", e.name, e.args)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(e, "|", e.name)
def g():
    x = x + 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
e = NameError("m")
e.name = "set"
print(e.name, str(e))
print(UnboundLocalError("u", name="v").name)
