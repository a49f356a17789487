# Names of builtin methods reached through subclasses and nested classes, in attributes and in errors.
class Outer:
    class S(str):
        pass
    class L(list):
        pass
s = Outer.S("x")
print(s.join.__qualname__, s.upper.__qualname__, Outer.S.upper.__qualname__)
print(Outer.L().append.__qualname__, Outer.L.append.__qualname__, Outer.L.fromkeys if hasattr(Outer.L, "fromkeys") else "-")
class D(dict):
    pass
print(D.fromkeys.__qualname__, D().fromkeys.__qualname__, dict.fromkeys.__qualname__)
def show(fn):
    try:
        print(repr(fn()))
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: s.join())
j = s.join
show(lambda: j())
show(lambda: j(1, 2))
u = s.upper
show(lambda: u(1))
show(lambda: u(k=1))
a = Outer.L().append
show(lambda: a())
show(lambda: a(x=1))
fk = D.fromkeys
show(lambda: fk(x=1))
show(lambda: Outer.S.join())
show(lambda: Outer.S.join(s))
show(lambda: Outer.S.upper(1))
