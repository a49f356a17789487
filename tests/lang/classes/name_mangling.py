# Private name mangling: __names inside classes, across inheritance, in strings and getattr, edge cases.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
a = Account("ann")
print(a.owner(), Account.count(), a.call_private())
print(sorted(k for k in vars(a)), sorted(k for k in vars(Account) if "Account" in k))
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__owner, getattr(a, "_Account__owner"), a._Account__private_method())
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow"
    def both(self):
        return self.__owner, self.owner()
s = Savings("bob")
print(s.both(), sorted(vars(s)))
class _Leading:
    def __init__(self):
        self.__x = 1
print(vars(_Leading()))
class __Dunder__:
    def __init__(self):
        self.__y = 2
print(vars(__Dunder__()))
class ___:
    def __init__(self):
        self.__z = 3
print(vars(___()))
class Names:
    def __init__(self):
        self.__dunder__ = "not mangled"
        self._single = "not mangled"
        self.__double = "mangled"
print(sorted(vars(Names())))
class Strings:
    def get(self):
        return getattr(self, "__hidden", "strings are not mangled")
    def set(self):
        self.__hidden = 1
        return [k for k in vars(self)]
print(Strings().get(), Strings().set())
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner.__name__
print(Outer().make(), [k for k in vars(Outer) if "Inner" in k])
class Deco:
    def __init__(self):
        self.__log = []
    def use(self):
        __local = "local names are mangled too"
        return __local
print(Deco().use())
def outside(obj):
    return obj._Deco__log
print(outside(Deco()))
class M:
    __slots__ = ("__s",)
    def put(self, v):
        self.__s = v
        return self._M__s
print(M().put(5), M.__slots__)
