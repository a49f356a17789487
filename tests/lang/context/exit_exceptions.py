# Exceptions and __exit__: replacing, chaining, suppression rules, exceptions in __enter__, missing methods.
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        if et is not None:
            raise TypeError("replacement from __exit__")
try:
    with Replace():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        if e is not None:
            raise e
try:
    with Reraise():
        raise KeyError("re-raised from exit")
except KeyError as e:
    print("re-raised:", repr(e), repr(e.__context__))
class FalseyNonBool:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with FalseyNonBool():
        raise IndexError("not suppressed by 0")
except IndexError as e:
    print("propagated:", e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit never runs when enter fails")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(cls.__name__, type(e).__name__, e)
class SuppressOnly:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        self.caught = e
        return et is not None and issubclass(et, self.types)
s = SuppressOnly(KeyError, IndexError)
with s:
    [][1]
print("suppressed:", repr(s.caught))
try:
    with SuppressOnly(KeyError):
        raise ValueError("not in list")
except ValueError as e:
    print("not suppressed:", e)
class ExitSeesBaseException:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        print("exit sees", et.__name__)
        return False
try:
    with ExitSeesBaseException():
        raise SystemExit(5)
except SystemExit as e:
    print("SystemExit passed through with code", e.code)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        print(et is type(e), tb is e.__traceback__, tb.tb_lineno > 0)
        return True
with ExitArgs():
    raise ValueError()
