# The functions of the minimal sys: exc_info/exception, _getframe, recursion limit, intern, streams.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, sys.exception() is e)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exception())
    print(sys.exception())
print(sys.exc_info(), sys.exception())
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name
def outer():
    return where()
print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = "".join(["inter", "ned!"])
b = sys.intern(a)
print(b == "interned!", sys.intern("interned!") is b, sys.intern(b) is b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(sys.getrefcount(object())).__name__, sys.getrefcount(a) >= 2)
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof(1) < sys.getsizeof(10 ** 100))
print(sys.getsizeof(object(), 5) > 0, sys.getsizeof("") < sys.getsizeof("abc"))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)
class BadSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print(type(e).__name__, e)
n = sys.stdout.write("written by sys.stdout.write\n")
print(n, sys.stdout.flush(), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
try:
    int("1" * 700)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
print("sys" in sys.modules, sys.modules["sys"] is sys, "builtins" in sys.modules)
print(type(sys.path).__name__, type(sys.argv).__name__, sys.argv[0].endswith("sys_functions.py"))
try:
    sys.exit("bye")
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
