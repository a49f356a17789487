# except* clauses that raise: new exceptions and re-raised parts are combined into one group.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                ctx = sub.__context__
                print("    ", repr(sub), "context:", repr(ctx))

def one_raises():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from the ValueError clause")
    except* TypeError:
        pass
attempt("one clause raises", one_raises)

def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("first")
    except* TypeError:
        raise RuntimeError("second")
attempt("two clauses raise", two_raise)

def raise_and_leftover():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise KeyError("new")
attempt("raise plus unmatched rest", raise_and_leftover)

def raise_and_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise IndexError("new")
attempt("re-raise plus raise plus rest", raise_and_reraise)

def raise_group_from_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as g:
        raise ExceptionGroup("replacement", [KeyError("k")]) from g
attempt("raise a group from a clause", raise_group_from_clause)

def naked_raise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replaced")
attempt("naked exception, clause raises", naked_raise)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
attempt("naked exception, bare raise", naked_reraise)

def raise_caught_object():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        raise g
attempt("raise the caught group by name", raise_caught_object)

def handled():
    try:
        raise LookupError("probe")
    except LookupError as probe:
        return probe.__context__
def handled_exception_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        print("  the handled exception is the match:", handled() is g, repr(handled()))
    except* TypeError as g:
        print("  in the second clause:", repr(handled()))
    print("  after:", handled())
attempt("handled exception", handled_exception_in_clause)

def handled_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
attempt("exception handled inside a clause", handled_inside)

def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i), TypeError(i)])
        except* ValueError as g:
            out.append(g.exceptions[0].args[0])
        except* TypeError:
            out.append("t")
    print("  loop results:", out)
attempt("except* in a loop", in_loop)

def nested_try():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("  inner handled ValueError")
    except* TypeError as g:
        print("  outer got", repr(g))
attempt("nested try/except*", nested_try)
