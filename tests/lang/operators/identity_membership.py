# is / is not / in / not in: singletons, identity of mutable objects, membership protocols and fallbacks.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True, ... is Ellipsis)
print(type(None) is type(None), NotImplemented is NotImplemented)
x = None
print(x is None, x == None, x is not None)
print(1 in [1, 2], 3 not in [1, 2], "a" in "abc", "ab" in "abc", "" in "abc", "d" not in "abc")
print(1 in {1: "one"}, "one" in {1: "one"}, 1 in {1}, 1 in (1,), 2 in range(3), 2.0 in range(3))
print((1, 2) in [(1, 2)], [1] in [[1]], {1} in [{1}], "a" in ["abc"])
print(b"a" in b"abc", 97 in b"abc", b"ab" in bytearray(b"xaby"))
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, nan == nan)
class Identity:
    def __eq__(self, other):
        return False
obj = Identity()
print(obj in [obj], obj == obj, [obj] == [obj], [obj].count(obj), (obj,).index(obj))
class Contains:
    def __contains__(self, item):
        return item == "magic"
print("magic" in Contains(), "other" in Contains(), "other" not in Contains())
class IterOnly:
    def __iter__(self):
        print("  iterating")
        return iter([1, 2, 3])
print(2 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(1 in GetitemOnly(), 5 in GetitemOnly())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
d = {"k": 1}
print("k" in d.keys(), 1 in d.values(), ("k", 1) in d.items(), ("k", 2) in d.items())
gen = (i for i in range(5))
print(2 in gen, list(gen))
s = "hello"
print(s[0] is s[0] or "single characters may or may not be cached (we only compare with ==)", s[0] == "h")
t1 = ()
t2 = ()
print(t1 == t2, len(t1) == 0)
