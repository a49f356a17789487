# `in`: __contains__, then __iter__, then __getitem__; result coerced to bool; errors.
log = []
class WithContains:
    def __contains__(self, x):
        log.append(("contains", x))
        return x == 1
    def __iter__(self):
        log.append("iter")
        return iter([2])
print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(log)

class IterOnly:
    def __iter__(self):
        print("  iter")
        yield 1
        print("  after 1")
        yield 2
        print("  after 2")
print(1 in IterOnly())
print(3 in IterOnly())

class GetitemOnly:
    def __getitem__(self, i):
        print("  getitem", i)
        if i > 2:
            raise IndexError
        return i
print(2 in GetitemOnly())
print(9 in GetitemOnly())

class Truthy:
    def __contains__(self, x):
        return "non-empty string"
r = 5 in Truthy()
print(r, type(r).__name__)
class Falsy:
    def __contains__(self, x):
        return []
print(5 in Falsy(), 5 not in Falsy())

class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)

class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in {}.keys() or [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc")
try:
    "b" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), "3" in range(5))

class Eq:
    def __eq__(self, o):
        print("  eq called")
        return True
print(Eq() in [1, 2])
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
class Raising:
    def __contains__(self, x):
        raise KeyError("inside")
try:
    0 in Raising()
except KeyError as e:
    print(type(e).__name__, e)
