# try/except/else/finally in all combinations, with and without exceptions; ordering of clauses.
def run(raise_what):
    log = []
    try:
        log.append("try")
        if raise_what:
            raise raise_what("boom")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"except tuple {type(e).__name__}")
    except Exception:
        log.append("except Exception")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for exc in [None, ValueError, KeyError, IndexError, RuntimeError]:
    print(exc.__name__ if exc else None, run(exc))
def only_finally(fail):
    try:
        if fail:
            raise TypeError("escapes")
        return "returned"
    finally:
        print("  finally runs either way")
print(only_finally(False))
try:
    only_finally(True)
except TypeError as e:
    print("caught outside:", e)
def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise ValueError("from else, not caught by the same try")
try:
    else_raises()
except ValueError as e:
    print("else exception propagated:", e)
def bare_except():
    try:
        {}["k"]
    except:
        return "bare except caught it"
print(bare_except())
def first_match_wins():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError (base) listed first"
    except KeyError:
        return "never"
print(first_match_wins())
def nested():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            print("  wrong handler")
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer caught", e)
    else:
        print("  outer else not run")
nested()
def exception_variable_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as err:
        return f"{type(err).__name__}: {err}"
print(exception_variable_cleared())
def else_and_finally_with_return():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally before returning from else")
print(else_and_finally_with_return())
try:
    pass
finally:
    print("try/finally with nothing raised")
try:
    raise ValueError("tuple handler") from None
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
