class C(Base, Mixin, metaclass=Meta, **extra):
    x: int = 0
    def m(self):
        return self.x
