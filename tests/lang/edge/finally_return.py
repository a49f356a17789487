# try/finally with return, break and continue: which value wins, swallowed exceptions, and evaluation order.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def return_value_evaluated_first():
    log = []
    def val(tag):
        log.append(tag)
        return tag
    def inner():
        try:
            return val("try-value")
        finally:
            val("finally-runs")
    return inner(), log
print(return_value_evaluated_first())
def mutate_after_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutate_after_return())
def rebind_after_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebind_after_return())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out at " + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())
def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_then_finally())
def else_clause(fail):
    log = []
    try:
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_clause(True), else_clause(False))
def exception_in_else():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
try:
    exception_in_else()
except KeyError as e:
    print(type(e).__name__, e)
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
print(loop_return())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("iteration", n)
    return n
print(while_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen_finally()
print(next(g))
g.close()
def exc_replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return type(e.__context__).__name__
print(exc_replaced())
def finally_sees_exception():
    try:
        try:
            raise IndexError("pending")
        finally:
            print("in finally")
    except IndexError as e:
        return "propagated " + str(e)
print(finally_sees_exception())
def with_return():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit runs before caller sees the value")
            return False
    with CM():
        return "with value"
print(with_return())
