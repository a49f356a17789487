# int() from floats, strings, bools and objects with __int__ / __index__ / __trunc__.
print(int(), int(0), int(3.99), int(-3.99), int(1e20), int(True), int(-0.5))
print(int(2.5e30), int(-1e-300))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class BadInt:
    def __int__(self):
        return "nope"
class Nothing:
    pass

print(int(WithInt()), int(WithIndex()))
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(Nothing())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(3+4j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("3.0")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)

class MyInt(int):
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, type(m).__name__, m.double(), type(m.double()).__name__, type(m + 1).__name__)
print(MyInt("ff", 16), isinstance(m, int), int(m), type(int(m)).__name__)
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__)
print(int("  -17  "), int(b" 17 "))
print(isinstance(True, int), int is type(1), type(int).__name__)
print(int.__name__, int.__qualname__, int.__module__ if hasattr(int, "__module__") else "")
