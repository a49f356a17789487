# Static methods of builtin types (str.maketrans, bytes.maketrans) and __new__ of builtin types.
t = str.maketrans("ab", "xy")
print(sorted(t.items()), "abc".translate(t))
print(str.maketrans.__name__, str.maketrans.__qualname__, str.maketrans.__self__)
print(type(str.maketrans).__name__, "x".maketrans("a", "b") == str.maketrans("a", "b"))
print(bytes.maketrans(b"a", b"b")[97], bytes.maketrans.__qualname__)
def show(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: str.maketrans())
show(lambda: str.maketrans(1))
show(lambda: str.maketrans("ab", "x"))
show(lambda: str.maketrans({"long": 1}))
print(int.__new__.__name__, int.__new__.__qualname__, int.__new__.__self__ is int)
print(type(int.__new__).__name__, int.__new__(int, "12"))
show(lambda: int.__new__(bool, 3))
print(object.__new__.__qualname__, str.__new__(str, 5), float.__new__(float, "2.5"))
show(lambda: int.__new__())
show(lambda: int.__new__(1))
show(lambda: int.__new__(str))
show(lambda: object.__new__())
show(lambda: object.__new__(5))
class MyInt(int):
    pass
x = int.__new__(MyInt, 7)
print(type(x).__name__, x + 1)
