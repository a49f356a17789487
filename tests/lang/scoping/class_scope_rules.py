# Class scope quirks: methods cannot see class attributes unqualified, nested functions in class bodies.
value = "module value"
class A:
    value = "class value"
    def method(self):
        return value
    def method_qualified(self):
        return self.value, A.value, type(self).value
    lam = lambda self: value
    seen_in_body = value
print(A().method(), A().method_qualified(), A().lam(), A.seen_in_body)
class B:
    x = 1
    def f():
        return x
    try:
        result = f()
    except NameError as e:
        result = f"{type(e).__name__}: {e}"
print(B.result)
def factory():
    y = "enclosing y"
    class C:
        y = "class y"
        def get(self):
            return y
        body_y = y
    return C
C = factory()
print(C().get(), C.body_y)
def factory2():
    z = "enclosing z"
    class D:
        def get(self):
            return z
        zz = z
    return D
D = factory2()
print(D().get(), D.zz)
class E:
    items = ["a", "b"]
    upper = [s.upper() for s in items]
    pairs = {i: s for i, s in enumerate(items)}
print(E.upper, E.pairs)
class F:
    counter = 0
    def increment(self):
        F.counter += 1
        return F.counter
f = F()
f.increment()
f.increment()
print(F.counter)
class G:
    name = "G"
    class Inner:
        try:
            seen = name
        except NameError as e:
            seen = f"{type(e).__name__}: {e}"
print(G.Inner.seen)
class H:
    __qualname__ = "Custom.Qualname"
print(H.__qualname__)
class I:
    global global_from_class
    global_from_class = "set from a class body"
print(global_from_class)
class J:
    def __init__(self):
        self.__class__.instances = getattr(self.__class__, "instances", 0) + 1
J(); J()
print(J.instances)
class K:
    attr = 1
    attr = attr + 1
    del attr
print(hasattr(K, "attr"))
