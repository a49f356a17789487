# What propagates out of try/except*: untouched groups, bare re-raises and the nesting they keep.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> nothing")
    except BaseException as e:
        print(label, "->", repr(e))
        return e

orig = ExceptionGroup("orig", [ValueError(1), ExceptionGroup("sub", [TypeError(2), KeyError(3)]), OSError(4)])

def nothing_matches():
    try:
        raise orig
    except* ZeroDivisionError:
        pass
e = attempt("nothing matches", nothing_matches)
print("  same leaves:", e.exceptions[0] is orig.exceptions[0], "same traceback:", e.__traceback__ is orig.__traceback__)

def reraise_all():
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise
attempt("every clause re-raises", reraise_all)

def reraise_some():
    try:
        raise orig
    except* TypeError:
        raise
    except* ValueError:
        pass
attempt("re-raise TypeError, handle ValueError", reraise_some)

def handle_all():
    try:
        raise orig
    except* Exception:
        pass
attempt("handle everything", handle_all)

def partial_nested():
    try:
        raise orig
    except* KeyError:
        pass
attempt("handle one nested leaf", partial_nested)

def reraise_in_nested_handler():
    try:
        raise orig
    except* OSError:
        try:
            raise
        except* OSError:
            raise
attempt("re-raise from a nested except*", reraise_in_nested_handler)

def outer_inner():
    try:
        try:
            raise orig
        except* ValueError:
            raise
    except* (ValueError, TypeError) as g:
        print("  outer clause got", repr(g))
attempt("inner re-raises to outer", outer_inner)

def finally_runs():
    try:
        try:
            raise orig
        except* ValueError:
            print("  handled ValueError")
        finally:
            print("  finally")
    except ExceptionGroup as g:
        print("  rest after finally:", repr(g))
attempt("with finally", finally_runs)

def with_return_value():
    result = []
    try:
        raise ExceptionGroup("r", [ValueError("x")])
    except* ValueError as g:
        result.append(g.exceptions[0].args[0])
    return result
print("return after except*:", with_return_value())
