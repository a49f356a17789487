"""exceptions: raise and catch exceptions inside hot loops: a custom
exception hierarchy with extra fields, except clauses matching a base
class or a tuple, try/except/else/finally, re-raising, chaining with
'raise ... from', exceptions unwinding through several frames, context
managers that suppress errors, and built-in errors raised by the runtime
(KeyError, IndexError, ZeroDivisionError, ValueError from int()).

Stresses: exception object creation, unwinding, handler matching,
finally blocks, __exit__ calls."""

ROUNDS = 700000


class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail


class RetryableError(AppError):
    pass


class FatalError(AppError):
    pass


class Counters:
    def __init__(self):
        self.caught = {}
        self.finally_runs = 0
        self.else_runs = 0
        self.suppressed = 0
        self.chained = 0

    def bump(self, name):
        self.caught[name] = self.caught.get(name, 0) + 1


class Suppress:
    """A context manager swallowing [kinds] exceptions, counting them."""

    def __init__(self, counters, *kinds):
        self.counters = counters
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None and issubclass(kind, self.kinds):
            self.counters.suppressed += 1
            return True
        return False


def check(i):
    if i % 7 == 0:
        raise RetryableError(i % 5, "busy")
    if i % 11 == 0:
        raise FatalError(i % 3, "broken")
    return i * 2


def deep(i, depth):
    # Unwinds through [depth] frames when check() raises at the bottom.
    if depth == 0:
        return check(i)
    return deep(i, depth - 1) + 1


def builtin_errors(i, table, items):
    try:
        if i % 4 == 0:
            return table[i]
        if i % 4 == 1:
            return items[i]
        if i % 4 == 2:
            return 100 // (i % 3)
        return int("x" + str(i))
    except (KeyError, IndexError) as e:
        return len(e.args)
    except ZeroDivisionError:
        return -1
    except ValueError:
        return -2


def convert(i):
    try:
        return check(i)
    except FatalError as e:
        raise LookupError(f"item {i}") from e


def one_round(i, counters, table, items):
    total = 0
    try:
        total += deep(i, i % 5)
    except RetryableError as e:
        counters.bump("retryable")
        total += e.code
    except AppError as e:
        counters.bump(type(e).__name__)
        total -= e.code
    else:
        counters.else_runs += 1
    finally:
        counters.finally_runs += 1
    try:
        total += convert(i)
    except LookupError as e:
        if isinstance(e.__cause__, FatalError):
            counters.chained += 1
    except RetryableError:
        counters.bump("retryable-direct")
    with Suppress(counters, AppError, ZeroDivisionError):
        total += check(i + 1)
        total += 10 // (i % 13)
    total += builtin_errors(i, table, items)
    try:
        try:
            if i % 9 == 0:
                raise AppError(i, "outer")
        except AppError:
            total += 2
            raise
        finally:
            total += 1
    except AppError as e:
        total += e.detail == "outer"
    return total


def main():
    counters = Counters()
    table = {k: k for k in range(0, 1000, 3)}
    items = list(range(50))
    total = 0
    for i in range(ROUNDS):
        total += one_round(i, counters, table, items)
    print(f"total {total}")
    print("caught " + ", ".join(f"{k}={v}" for k, v in sorted(counters.caught.items())))
    print(f"finally {counters.finally_runs}, else {counters.else_runs}, "
          f"suppressed {counters.suppressed}, chained {counters.chained}")


main()
