# The "except ... as name" variable is deleted at the end of the handler; other scoping details.
e = "outer value"
try:
    raise ValueError("handled")
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print("after the handler the name is unbound:", type(err).__name__, err)
def keep_reference():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as exc:
        saved = exc
    return saved
print(repr(keep_reference()))
def handler_rebinds():
    try:
        raise ValueError("x")
    except ValueError as err:
        err = "rebound inside"
        print(err)
    return "err" in locals()
print(handler_rebinds())
def nested_same_name():
    try:
        raise ValueError("outer")
    except ValueError as err:
        try:
            raise KeyError("inner")
        except KeyError as err:
            print("inner handler", repr(err))
        try:
            print(err)
        except UnboundLocalError as problem:
            print("inner deletion also unbinds the outer name:", type(problem).__name__)
nested_same_name()
def star_scope():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as grp:
        print("except* binds", repr(grp))
    return "grp" in locals()
print(star_scope())
class InClass:
    try:
        raise IndexError("in class body")
    except IndexError as class_err:
        message = str(class_err)
print(InClass.message, hasattr(InClass, "class_err"))
for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as loop_err:
        last = loop_err
print(repr(last))
def generator_handler():
    try:
        raise RuntimeError("in generator")
    except RuntimeError as gen_err:
        yield str(gen_err)
    yield "gen_err" in dir()
print(list(generator_handler()))
