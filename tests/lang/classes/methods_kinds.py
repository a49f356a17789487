# Instance, class and static methods: binding, calling through class and instance, attributes.
class K:
    factor = 10
    def inst(self, x):
        return ("inst", type(self).__name__, x * self.factor)
    @classmethod
    def klass(cls, x):
        return ("klass", cls.__name__, x * cls.factor)
    @staticmethod
    def static(x):
        return ("static", x)
class Sub(K):
    factor = 100
k, s = K(), Sub()
print(k.inst(1), s.inst(1), K.inst(s, 2), k.klass(1), s.klass(1), K.klass(1), Sub.klass(1), k.static(1), Sub.static(2))
print(type(k.inst).__name__, type(K.inst).__name__, type(k.klass).__name__, type(K.static).__name__)
print(k.inst.__self__ is k, k.inst.__func__ is K.inst, K.klass.__self__ is K, s.klass.__self__ is Sub)
print(k.inst.__name__, K.klass.__name__, K.static.__name__, k.inst.__qualname__)
print(type(K.__dict__["klass"]).__name__, type(K.__dict__["static"]).__name__)
print(K.__dict__["static"].__func__(5), K.__dict__["klass"].__func__(K, 1))
try:
    K.inst(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.inst()
except TypeError as e:
    print(type(e).__name__, e)
try:
    k.static()
except TypeError as e:
    print(type(e).__name__, e)
bound = k.inst
print(bound(3), bound == k.inst, bound is k.inst, k.inst == K().inst)
def free(self, y):
    return ("free", y)
K.attached = free
print(k.attached(7), s.attached(8))
k.per_instance = free
try:
    k.per_instance(1)
except TypeError as e:
    print(type(e).__name__, e)
print(k.per_instance("explicit self", 2))
class Alt:
    @classmethod
    def create(cls, *args):
        obj = cls()
        obj.args = args
        return obj
class AltSub(Alt):
    pass
o = AltSub.create(1, 2)
print(type(o).__name__, o.args)
class CallCount:
    calls = 0
    @classmethod
    def bump(cls):
        cls.calls += 1
        return cls.calls
class CC2(CallCount):
    pass
print(CallCount.bump(), CallCount.bump(), CC2.bump(), CallCount.calls, CC2.calls)
sm = staticmethod(len)
print(sm.__func__("abc"), callable(sm), staticmethod(free).__wrapped__ is free if hasattr(sm, "__wrapped__") else "")
print(classmethod(free).__func__ is free)
