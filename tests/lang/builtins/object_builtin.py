# object(): the root type; its default methods, comparisons, attributes and NotImplemented results.
o = object()
print(type(o).__name__, object.__bases__, object.__mro__ == (object,), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(o == o, o != o, o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(o))
try:
    o < o
except TypeError as e:
    print(type(e).__name__, e)
print(repr(o).startswith("<object object at "), str(o) == repr(o), format(o, "") == str(o))
print(hash(o) == hash(o), o.__hash__() == hash(o), o.__class__ is object)
print(sorted(n for n in dir(o)))
print(object.__new__(object).__class__.__name__, object.__init__(o), object.__doc__[:20])
class Plain:
    pass
p = Plain()
print(p.__dict__, Plain.__bases__[0] is object, p.__module__, Plain.__module__, Plain.__name__)
print(object.__reduce_ex__(p, 2)[0].__name__ if False else "skip reduce", p.__sizeof__() > 0)
print(object.__subclasshook__(), Plain.__subclasses__(), len(object.__subclasses__()) > 10)
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, p))
print(object.__getattribute__(p, "__class__").__name__)
object.__setattr__(p, "v", 5)
print(p.v)
object.__delattr__(p, "v")
print(hasattr(p, "v"))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(Plain, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(p, "") == str(p))
try:
    object.__format__(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(p, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self):
        pass
try:
    object.__new__(WithInit, 1)
    print("extra args to object.__new__ allowed when __init__ is overridden")
except TypeError as e:
    print(type(e).__name__, e)
