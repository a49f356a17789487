# object's own methods called explicitly: __format__, __sizeof__, __dir__, __eq__/__ne__, __init_subclass__, __subclasshook__.
class P:
    def __repr__(self):
        return "P()"
p = P()
print(object.__format__(p, ""), p.__format__(""), format(p), f"{p}")
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, p), object.__ne__(p, 1))
print(object.__lt__(p, p), p.__le__(p), p.__gt__(1), p.__ge__(p))
print(type(object.__sizeof__).__name__, object.__sizeof__.__qualname__, p.__sizeof__() > 0)
print(object.__subclasshook__(), P.__subclasshook__(), object.__init_subclass__())
print(sorted(object.__dir__(p))[:5], "__format__" in object.__dir__(p))
print(type(object.__dict__["__format__"]).__name__, type(object.__dict__["__init_subclass__"]).__name__)
print(type(object.__dict__["__subclasshook__"]).__name__, repr(object.__dict__["__sizeof__"]))
print(object.__init_subclass__.__qualname__, object.__init_subclass__.__self__ is object)
print(P.__init_subclass__.__self__ is P, P.__init_subclass__.__qualname__)
def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
show(lambda: object.__format__(p, "x"))
show(lambda: object.__sizeof__())
show(lambda: object.__sizeof__(p, 1))
show(lambda: object.__dir__(p, 1))
show(lambda: object.__init_subclass__(1))
show(lambda: object.__init_subclass__(x=1))
show(lambda: object.__subclasshook__(1, 2))
show(lambda: object.__eq__(p))
show(lambda: object.__eq__())
show(lambda: type(object.__format__)())
show(lambda: type(object()).__name__)
show(lambda: object(1))
show(lambda: P(1))
show(lambda: object.__new__(P, 1))
show(lambda: object.__init__(p, 1))
class WithInit:
    def __init__(self, a):
        self.a = a
show(lambda: object.__new__(WithInit, 1).__class__.__name__)
class BadRepr:
    def __repr__(self):
        return 42
show(lambda: repr(BadRepr()))
show(lambda: str(BadRepr()))
show(lambda: format(BadRepr()))
