# except*: matching parts of exception groups, multiple handlers, re-raising leftovers, naked exceptions.
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("  ValueError handler got", repr(g))
    except* (TypeError, KeyError) as g:
        print("  Type/KeyError handler got", repr(g))
print("group with mixed exceptions:")
run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
print("naked exception is wrapped:")
run(ValueError("naked"))
print("leftovers propagate:")
try:
    run(ExceptionGroup("eg", [ValueError(1), OSError(2)]))
except ExceptionGroup as rest:
    print("  outer caught", repr(rest))
try:
    run(OSError("naked, unhandled"))
except OSError as e:
    print("  naked unmatched exception propagates as itself:", repr(e))
def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("from handler")
    except* TypeError:
        print("  TypeError handler still runs")
try:
    raise_in_handler()
except ExceptionGroup as e:
    print(repr(e))
    print([repr(x) for x in e.exceptions], repr(e.exceptions[0].__context__))
def reraise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError("x"), ValueError("y")])
    except* ValueError:
        raise
try:
    reraise_in_handler()
except ExceptionGroup as e:
    print("bare raise keeps the original group:", repr(e))
def nested_groups():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
    except* ValueError as g:
        print("  matched nested structure:", repr(g))
    except* TypeError as g:
        print("  matched:", repr(g))
nested_groups()
def with_else_finally():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("  else runs")
    finally:
        print("  finally runs")
with_else_finally()
for src in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(src, "<star>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
