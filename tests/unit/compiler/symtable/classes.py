# Class scopes: names bound in a class and free in its methods, __class__, mangling.
def f():
    x = 1
    y = 2
    class C:
        x = 3
        global y
        def g(self):
            return x, y
        def h(self):
            return super().h()
        def k(self):
            return __class__
        def l(self):
            return [super() for i in ()]
        lam = lambda self: super()
        def n(self):
            nonlocal x
            x = 4
    return C

class D:
    __class__ = 1
    def m(self):
        return super()

class __Private:
    __a = 1
    __b__ = 2
    _c = 3
    import __mod
    import __pkg.sub
    from m import __name as __alias
    def meth(self, __param, *__args, **__kw):
        global __glob
        __loc = __param
        self.__attr = 1
        return __glob, __loc, __args, __kw
    class __Inner:
        def m(self):
            return __a
    def nest(self):
        def inner():
            return __Private__x
        return inner

class ___:
    __z = 1

class _Under:
    __y = 1
    def m(self, __y=__y):
        return lambda: __y

class Outer:
    class Inner:
        __q = 1
    __r = [__q for __q in ()]
    __s = (lambda: __r)

def top():
    a = 1
    return a

class WithGlobal:
    global gg
    gg = 1
    def m(self):
        return gg

def deep():
    v = 1
    class K:
        class L:
            def m(self):
                return v
    return K
