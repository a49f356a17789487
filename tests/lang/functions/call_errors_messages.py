# TypeError messages for bad calls, as produced for functions, methods, lambdas and builtins.
one = 1
def f(a, b, *, c):
    pass
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, y):
        pass
    @staticmethod
    def sm(z):
        pass
cases = [
    "f()", "f(1)", "f(1, 2)", "f(1, 2, 3)", "f(1, 2, c=3, d=4)", "f(1, 2, c=3, a=1)",
    "K().m()", "K().m(1, 2)", "K.m(1)", "K.cm()", "K().sm()", "K().sm(1, 2)", "K(1)",
    "(lambda: 0)(1)", "(lambda x, y: 0)(1)", "len()", "len(1, 2)", "abs(x=1)", "int(1, 2, 3)",
    "divmod(1)", "isinstance(1)", "sorted([], 1)", "print(*[], sep=1)", "'a'.join()", "[].append()",
    "{}.get()", "dict(1)", "max()", "range()", "getattr(1)", "one()",
]
for src in cases:
    try:
        eval(src)
        print(src, "ok")
    except TypeError as e:
        print(f"{src:30} {e}")
def kw_typo(alpha, beta):
    pass
try:
    kw_typo(alpha=1, betta=2)
except TypeError as e:
    print(e)
def many_kwonly(*, a, b, c, d):
    pass
try:
    many_kwonly(a=1)
except TypeError as e:
    print(e)
def many_pos(a, b, c, d):
    pass
try:
    many_pos()
except TypeError as e:
    print(e)
try:
    many_pos(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print(e)
def with_defaults(a, b=1, c=2):
    pass
try:
    with_defaults(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    with_defaults()
except TypeError as e:
    print(e)
def posonly(a, /, b):
    pass
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        def method(self, arg):
            pass
try:
    Outer.Inner().method()
except TypeError as e:
    print(e)
