# Subclassing str: methods return base str, __new__ customisation, extra attributes, ops.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), type(u).__name__, u.shout(), type(u.shout()).__name__)
print(type(u + "x").__name__, type(u * 2).__name__, type(u[1:]).__name__, type(u.lower()).__name__)
print(type(u.strip()).__name__, type(str(u)).__name__, type(u.format()).__name__, type(f"{u}").__name__)
print(u == "HELLO", hash(u) == hash("HELLO"), {u: 1}["HELLO"], "ELL" in u, len(u))
class Tagged(str):
    def __new__(cls, value, tag="none"):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("text", tag="important")
print(t, t.tag, t.upper(), Tagged("x").tag)
class Reversed(str):
    def __str__(self):
        return self[::-1]
    def __repr__(self):
        return "Reversed(" + str.__repr__(self) + ")"
    def __len__(self):
        return 99
r = Reversed("abc")
print(str(r), repr(r), len(r), r.upper(), "%s" % r, "{}".format(r), f"{r}", r + "d")
class Cmp(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    __hash__ = str.__hash__
print(Cmp("ABC") == "abc", "abc" == Cmp("ABC"), Cmp("ABC") != "abc")
class NoHash(str):
    def __eq__(self, other):
        return True
try:
    hash(NoHash("x"))
except TypeError as e:
    print(type(e).__name__, e)
class Add(str):
    def __add__(self, other):
        return "added"
    def __radd__(self, other):
        return "radded"
print(Add("a") + "b", "b" + Add("a"), Add("a") + Add("b"))
print(isinstance(u, str), issubclass(Upper, str), Upper.__mro__[1].__name__)
print(sorted([Upper("b"), "a", Upper("c")]), max(Upper("x"), "y"))
print("".join([Upper("a"), "b"]), type("".join([Upper("a")])).__name__)
class Slots(str):
    __slots__ = ()
try:
    Slots("x").attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class InitOnly(str):
    def __init__(self, value, tag="none"):
        self.tag = tag
try:
    InitOnly("text", tag="x")
except TypeError as e:
    print(type(e).__name__, e)
print(InitOnly("text", "utf-8" if False else "plain").tag if False else InitOnly("ok").tag)
