# Closures share cells: several closures over one variable, cells outliving frames, loops creating cells.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
set_(42)
print(get())
get2, set2 = make_pair()
print(get2(), get())
print(get.__closure__[0] is set_.__closure__[0], get.__closure__[0] is get2.__closure__[0])
def loop_cells():
    fns = []
    for i in range(3):
        def show(i=i):
            return i
        fns.append(show)
    shared = []
    for j in range(3):
        shared.append(lambda: j)
    return [f() for f in fns], [f() for f in shared]
print(loop_cells())
def cell_per_call(n):
    return lambda: n
fs = [cell_per_call(k) for k in range(3)]
print([f() for f in fs])
def counter_factory():
    counts = {"calls": 0}
    def call():
        counts["calls"] += 1
        return counts["calls"]
    return call
c1, c2 = counter_factory(), counter_factory()
print(c1(), c1(), c2(), c1())
def outer():
    x = "first"
    def reader():
        return x
    results = [reader()]
    x = "second"
    results.append(reader())
    return results
print(outer())
def cell_contents():
    a = [1]
    def f():
        return a
    return f
fn = cell_contents()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars)
fn.__closure__[0].cell_contents.append(2)
print(fn())
def class_in_closure():
    label = "captured"
    class Inner:
        def show(self):
            return label
    return Inner
print(class_in_closure()().show())
def generator_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    yield add
    yield total
gc = generator_closure()
adder = next(gc)
adder(5)
adder(6)
print(next(gc))
