# Exception idioms: custom hierarchies, catching by base class, re-raising with context, retry loops, cleanup.
class AppError(Exception):
    """Base class for this application's errors."""
class ConfigError(AppError):
    pass
class NetworkError(AppError):
    def __init__(self, host, attempts):
        super().__init__(f"could not reach {host} after {attempts} attempts")
        self.host, self.attempts = host, attempts
class TransientError(NetworkError):
    pass

def load(config):
    if "host" not in config:
        raise ConfigError("missing 'host'")
    if not isinstance(config.get("port", 0), int):
        raise ConfigError(f"port must be int, got {type(config['port']).__name__}")
    return config["host"], config.get("port", 80)

for cfg in ({"host": "a.org"}, {}, {"host": "b", "port": "80"}, {"host": "c", "port": 8080}):
    try:
        print("loaded", load(cfg))
    except AppError as e:
        print(f"{type(e).__name__}: {e} (is ConfigError: {isinstance(e, ConfigError)})")

attempts_log = []
def fetch(host, fail_times):
    attempts_log.append(host)
    if attempts_log.count(host) <= fail_times:
        raise TransientError(host, attempts_log.count(host))
    return f"content of {host}"

def with_retry(fn, *args, retries=3):
    last = None
    for attempt in range(1, retries + 1):
        try:
            return fn(*args)
        except TransientError as e:
            last = e
            print(f"  attempt {attempt} failed: {e}")
    raise NetworkError(args[0], retries) from last

print(with_retry(fetch, "ok.org", 0))
print(with_retry(fetch, "flaky.org", 2))
try:
    with_retry(fetch, "down.org", 5)
except NetworkError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__.attempts, e.attempts)

def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            out.append(None)
        except TypeError as e:
            raise AppError(f"cannot convert {v!r}") from e
    return out
print(convert(["1", "x", "3"]))
try:
    convert(["1", [2]])
except AppError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__)

def lookup(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
data = {"a": [{"b": 1}]}
print(lookup(data, "a", 0, "b"), lookup(data, "x"), lookup(data, "a", 5), lookup(data, "a", 0, "b", "c"))

class Transaction:
    def __init__(self):
        self.state = []
        self.log = []
    def __enter__(self):
        self.snapshot = list(self.state)
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.state = self.snapshot
            self.log.append(f"rolled back after {et.__name__}: {ev}")
            return issubclass(et, AppError)
        self.log.append("committed")
        return False
t = Transaction()
with t:
    t.state.append(1)
with t:
    t.state.append(2)
    raise AppError("business rule violated")
try:
    with t:
        t.state.append(3)
        raise RuntimeError("unexpected")
except RuntimeError as e:
    print("propagated:", e)
print(t.state, t.log)
errors = []
for item in [1, 0, "2", None, 4]:
    try:
        errors.append(10 / int(item))
    except ZeroDivisionError:
        errors.append("div0")
    except (TypeError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)
print(AppError.__doc__, issubclass(TransientError, AppError), TransientError.__mro__[2].__name__, AppError("x", 1).args)
try:
    raise ConfigError
except AppError as e:
    print(repr(e), str(e) == "", type(e).__name__)
