# Closures: captured variables (cells), late binding, shared cells, closures over loop variables.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
print(inc.__closure__[0].cell_contents, len(inc.__closure__), inc.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)
def adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in adders()])
def adders_fixed():
    result = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        result.append(add)
    return result
print([f(10) for f in adders_fixed()])
def factory(n):
    return lambda x: x * n
double, triple = factory(2), factory(3)
print(double(5), triple(5), double.__closure__[0].cell_contents)
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def deep():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(deep()(), deep().__code__.co_freevars)
def unbound_cell():
    def read():
        return value
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    value = 5
    return read()
print(unbound_cell())
def deleted_cell():
    v = 1
    def read():
        return v
    del v
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(deleted_cell())
def accumulate():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulate()
print(acc(1), acc(2), acc(3))
def gen_closure():
    x = 0
    def g():
        nonlocal x
        while True:
            x += 1
            yield x
    return g(), lambda: x
gen, peek = gen_closure()
next(gen); next(gen)
print(peek())
print(inc.__closure__[0].__class__.__name__, (lambda: 0).__closure__)
cells = (lambda: (lambda: make_counter))().__closure__
print(cells)
