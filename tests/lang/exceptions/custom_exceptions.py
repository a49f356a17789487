# User-defined exceptions: hierarchy, extra attributes, __str__ overrides, args handling, catching by base.
class AppError(Exception):
    """Base for this application's errors."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"
class NetworkError(AppError):
    pass
class Timeout(NetworkError):
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s")
        self.seconds = seconds
for exc in [ConfigError("db.url"), ConfigError("port", "invalid"), Timeout(30), NetworkError(), AppError("plain", 1)]:
    try:
        raise exc
    except NetworkError as e:
        print("network:", type(e).__name__, e, e.args)
    except AppError as e:
        print("app:", type(e).__name__, e, e.args, repr(e))
print([c.__name__ for c in Timeout.__mro__])
print(ConfigError.__doc__, AppError.__doc__)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuperInit(1, 2)
print(e.args, str(e), repr(e), e.a)
class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr!"
print(repr(CustomRepr("x")), str(CustomRepr("x")))
class Code(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Code(404)
except Code as e:
    print(e.code, e.args, str(e))
class WithDefault(ValueError):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("given"), isinstance(WithDefault(), ValueError))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as e:
    print("caught as AttributeError:", repr(e), str(e))
try:
    raise Multi("both")
except KeyError as e:
    print("caught as KeyError:", repr(e))
class BaseLevel(BaseException):
    pass
try:
    try:
        raise BaseLevel("not an Exception")
    except Exception:
        print("never")
except BaseLevel as e:
    print("BaseException subclass escapes except Exception:", e)
class Slots(Exception):
    __slots__ = ("extra",)
s = Slots("msg")
s.extra = 1
print(s.extra, s.args)
e1 = AppError("a")
e1.arbitrary = "attributes allowed"
print(e1.arbitrary, vars(e1))
print(str(Exception()), repr(Exception()), str(Exception("one")), str(Exception("a", "b")), repr(Exception("a", "b")))
print(str(KeyError("k")), str(KeyError("k", "v")), str(KeyError()), repr(KeyError("k")))
