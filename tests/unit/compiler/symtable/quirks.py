# CPython quirks the symbol table reproduces.

# A walrus target is checked against iteration variables unmangled, so in a
# class this rebinding goes unnoticed.
class C:
    def m(self, y):
        return [(__x := 1) for __x in y]

# `global` inside a function also marks the module's symbol.
def f():
    global late_global
    late_global = 1

# A walrus at module level makes the name an explicit global.
[(walrus_global := i) for i in range(3)]

# symtable.py's is_local/is_global treat a block named "top" as the module.
def top():
    bound = 1
    return bound

# super in a lambda or comprehension of a method.
class D:
    f = lambda self: super()
    def g(self):
        return [super().g() for _ in ()]
    def h(self):
        return (lambda: __class__)()

# A class statement's bases, keywords and decorators are outer names.
def k():
    base = object
    @dec
    class E(base, metaclass=meta):
        base = 1
    return E

# Comprehension iteration variables and targets.
def comps(data):
    a = [x for x, y in data]
    b = [(x, z) for x in data for z in x if z]
    c = {x: y for x in data for y in x}
    return a, b, c
