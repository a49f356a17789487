# Function objects: __name__/__qualname__/__doc__/__dict__, __code__ fields, __closure__ cells, writable attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    "outer doc"
    x = 1
    def inner(y):
        return x + y + a
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__defaults__, outer.__kwdefaults__)
co = outer.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6])
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_cellvars, co.co_freevars)
inner = outer(10, c=3)
print(inner.__qualname__, inner.__code__.co_freevars, len(inner.__closure__), sorted(c.cell_contents for c in inner.__closure__))
print(inner(5), type(inner.__closure__[0]).__name__, outer.__closure__)
def f():
    pass
f.attr = "custom"
f.__doc__ = "new doc"
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__dict__, f.__doc__, f.__name__, f.__qualname__)
try:
    f.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
print(f.__globals__ is globals(), "f" in f.__globals__)
def g(x):
    return x * 2
def h(x):
    return x + 100
g.__code__ = h.__code__
print(g(1), g.__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__code__.co_name)
class K:
    def meth(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(K.meth.__qualname__, K().meth().__qualname__, K.Inner.__qualname__, K.Inner.deep.__qualname__)
print(K.__qualname__, K.Inner.__name__, K.__module__)
def gen():
    yield 1
def co_flags_check():
    pass
print(gen.__code__.co_flags & 0x20 != 0, co_flags_check.__code__.co_flags & 0x20 != 0)
print(type(f).__name__, callable(f), f.__annotations__)
def annotated(a: int, b: "str" = "x") -> bool:
    pass
print(annotated.__annotations__)
annotated.__annotations__ = {"z": 1}
print(annotated.__annotations__)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
ci = counter()
ci(); ci()
cell = ci.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 100
print(ci())
def empty_cell():
    def use():
        return later
    cells = use.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = 1
    return cells[0].cell_contents
print(empty_cell())
print(f.__kwdefaults__, (lambda *, k=1: k).__kwdefaults__, outer.__code__.co_nlocals >= 6)
