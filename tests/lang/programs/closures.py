# Closures: counters with nonlocal state, attributes on inner functions, late binding, cells and free variables.
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment

c1, c2 = make_counter(), make_counter(100, -10)
print(c1(), c1(), c2(), c1(), c2())
c1.reset()
print(c1(), c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)

adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())
def bad():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
bad()
def power_factory(exp):
    def power(base):
        return base ** exp
    power.__name__ = f"power_{exp}"
    return power
square, cube = power_factory(2), power_factory(3)
print(square(7), cube(3), square.__name__, [c.cell_contents for c in cube.__closure__], square.__closure__ is cube.__closure__)
def plain(x):
    return x
print(plain.__closure__, plain.__code__.co_freevars, square.__code__.co_freevars)
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop() if items else None
    return push, pop, lambda: tuple(items)
push, pop, peek = make_stack()
print(push(1), push(2), pop(), peek(), pop(), pop())
def later():
    def get():
        return value
    value = "bound after the inner function was created"
    return get
print(later()())
def levels():
    a = 1
    def l2():
        b = 2
        def l3():
            nonlocal a, b
            a, b = a * 10, b * 10
            return a + b
        return l3
    f = l2()
    return f(), f(), a
print(levels())
class Widget:
    def __init__(self, name):
        self.name = name
    def handler(self, prefix):
        return lambda event: f"{prefix}:{self.name}:{event}"
h = Widget("btn").handler("click")
print(h("down"), h.__closure__ is not None, len(h.__code__.co_freevars))
def counter_cells():
    fns = []
    for i in range(3):
        def make(j):
            return lambda: j * j
        fns.append(make(i))
    return [f() for f in fns], [f.__closure__[0].cell_contents for f in fns]
print(counter_cells())
