# BaseException.add_note and __notes__ (3.11): accumulation, type checks, visibility in str().
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note(f"while parsing {text!r}")
        raise
try:
    parse("abc")
except ValueError as err:
    print(err, err.__notes__)
def layered():
    try:
        parse("x")
    except ValueError as err:
        err.add_note("in layered()")
        raise
try:
    layered()
except ValueError as err:
    print(err.__notes__)
e2 = KeyError("k")
e2.__notes__ = ["assigned directly"]
e2.add_note("appended")
print(e2.__notes__)
e3 = RuntimeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
class Custom(Exception):
    pass
c = Custom("c")
c.add_note("")
c.add_note("multi\nline note")
print(c.__notes__)
del c.__notes__
print(hasattr(c, "__notes__"))
c.add_note("fresh")
print(c.__notes__)
errors = []
for value in ["1", "two", "3", "four"]:
    try:
        int(value)
    except ValueError as err:
        err.add_note(f"item {value}")
        errors.append(err)
print([n for err in errors for n in err.__notes__])
g = ExceptionGroup("group", [ValueError("inner")])
g.add_note("note on the group")
print(g.__notes__, g.exceptions[0].__dict__ if hasattr(g.exceptions[0], "__dict__") else "")
print(BaseException.add_note.__name__, callable(e.add_note))
