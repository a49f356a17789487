# Reflected-operand priority for subclasses of builtins and user classes, and comparisons on subclasses.
class MyInt(int):
    def __radd__(self, o):
        return f"MyInt.__radd__({o})"
    def __rsub__(self, o):
        return f"MyInt.__rsub__({o})"
    def __gt__(self, o):
        return f"MyInt.__gt__({o})"
    def __eq__(self, o):
        return f"MyInt.__eq__({o})"
    __hash__ = int.__hash__
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1, 1 < MyInt(5), 1 == MyInt(1), MyInt(1) == 1)
class PlainSubInt(int):
    pass
r = 1 + PlainSubInt(2)
print(r, type(r).__name__, type(PlainSubInt(2) + 1).__name__, type(-PlainSubInt(3)).__name__)
class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat.__rmul__"
    def __rtruediv__(self, o):
        return "MyFloat.__rtruediv__"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), 1 / MyFloat(2.0), MyFloat(2.0) * 2)
class MyStr(str):
    def __radd__(self, o):
        return "MyStr.__radd__ with " + o
    def __rmod__(self, o):
        return "MyStr.__rmod__"
print("a" + MyStr("b"), "%s" % MyStr("x"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, o):
        return "MyList.__radd__"
print([1] + MyList([2]), MyList([2]) + [1])
class MyTuple(tuple):
    def __rmul__(self, n):
        return "MyTuple.__rmul__"
print(2 * MyTuple((1,)), MyTuple((1,)) * 2)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
class Unrelated:
    def __radd__(self, o):
        return "Unrelated.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Unrelated(), Derived() + Derived())
class SameRadd(Base):
    pass
print(Base() + SameRadd())
class Both:
    def __eq__(self, o):
        return "Both.__eq__"
class BothSub(Both):
    def __eq__(self, o):
        return "BothSub.__eq__"
print(Both() == BothSub(), BothSub() == Both(), Both() != BothSub())
class Lt:
    def __lt__(self, o):
        return "Lt.__lt__"
class Gt(Lt):
    def __gt__(self, o):
        return "Gt.__gt__"
print(Lt() < Gt(), Gt() < Lt(), Gt() > Lt())
class Bool(int):
    def __and__(self, o):
        return "Bool.__and__"
    def __rand__(self, o):
        return "Bool.__rand__"
print(True & Bool(1), Bool(1) & True, 3 & Bool(1))
class DictSub(dict):
    def __ror__(self, o):
        return "DictSub.__ror__"
print({} | DictSub(), DictSub() | {})
class SetSub(set):
    def __rsub__(self, o):
        return "SetSub.__rsub__"
print({1} - SetSub(), SetSub({1}) - {1})
class RPow(int):
    def __rpow__(self, o, mod=None):
        return f"RPow.__rpow__({o}, {mod})"
print(2 ** RPow(3), pow(2, RPow(3)))
try:
    print(pow(2, RPow(3), 5))
except TypeError as e:
    print(type(e).__name__, e)
