# except* matching: which clause sees which part, in order, with tuples, bases and naked exceptions.
def run(exc):
    try:
        raise exc
    except* KeyError as g:
        print("  KeyError clause:", repr(g))
    except* LookupError as g:
        print("  LookupError clause:", repr(g))
    except* (ValueError, TypeError) as g:
        print("  Value/TypeError clause:", repr(g))
    except* Exception as g:
        print("  Exception clause:", repr(g))
    print("  after the try")

print("mixed group:")
run(ExceptionGroup("eg", [KeyError(1), IndexError(2), ValueError(3), TypeError(4), OSError(5), KeyError(6)]))
print("nested group:")
run(ExceptionGroup("outer", [ExceptionGroup("inner", [KeyError("a"), OSError("b")]), IndexError("c")]))
print("naked KeyError:")
run(KeyError("naked"))
print("naked OSError:")
run(OSError("naked"))
print("only the last clause:")
run(ExceptionGroup("eg", [ZeroDivisionError("z")]))

def base_groups():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
    except* KeyboardInterrupt as g:
        print("  interrupt:", repr(g))
    except* SystemExit as g:
        print("  exit:", repr(g), type(g).__name__)
    except* Exception as g:
        print("  exception:", repr(g), type(g).__name__)
base_groups()

def naked_base():
    try:
        raise KeyboardInterrupt("stop")
    except* KeyboardInterrupt as g:
        print("  wrapped:", repr(g), type(g).__name__)
naked_base()

def same_type_twice():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  first ValueError clause")
    except* ValueError:
        print("  never: already handled")
same_type_twice()

def no_exception():
    try:
        print("  body ran")
    except* ValueError:
        print("  never")
    else:
        print("  else ran")
no_exception()

def variable_unbound():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        pass
    try:
        g
    except NameError as e:
        print(" ", type(e).__name__, e)
variable_unbound()

class Group(ExceptionGroup):
    def derive(self, excs):
        return Group(self.message.upper(), excs)
def custom_group():
    try:
        raise Group("custom", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("  split uses derive:", type(g).__name__, repr(g))
    except* TypeError as g:
        print("  and for the rest:", type(g).__name__, repr(g))
custom_group()
