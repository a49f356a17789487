# Closures: late binding in loops, per-iteration capture idioms, shared cells between closures, class-body scoping.
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_bound():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_bound()])
def make_via_factory():
    def factory(i):
        return lambda x: x + i
    return [factory(i) for i in range(3)]
print([f(10) for f in make_via_factory()])
def shared_cell():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
get, put = shared_cell()
put(42)
print(get())
g2, p2 = shared_cell()
print(g2(), get())
def loop_var_cell():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 100
    return [f() for f in fs]
print(loop_var_cell())
def while_closure():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closure())
def nested_three():
    a = "a"
    def l2():
        b = "b"
        def l3():
            return a + b
        return l3
    return l2()()
print(nested_three())
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    yield bump()
    yield bump()
    yield count
print(list(counter_gen()))
class Scope:
    x = "class x"
    def method(self):
        try:
            return x
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
    lam = lambda self: x if "x" in globals() else "no global x"
print(Scope().method(), Scope().lam())
x = "global x"
print(Scope().method(), Scope().lam())
def class_in_func():
    y = "func y"
    class Inner:
        y = "class y"
        z = y
        def get(self):
            return y
    return Inner.z, Inner().get()
print(class_in_func())
def closure_over_param(p):
    def inner():
        return p * 2
    p += 1
    return inner
print(closure_over_param(5)())
def cells_repr():
    a = 1
    b = [2]
    def f():
        return a, b
    return [type(c.cell_contents).__name__ for c in f.__closure__], f.__code__.co_freevars
print(cells_repr())
def recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(recursive_closure()(10))
def comprehension_captures():
    base = 10
    return [[base + j for j in range(i)] for i in range(3)]
print(comprehension_captures())
def lambda_default_late():
    funcs = {}
    for name in ["a", "b"]:
        funcs[name] = lambda: name
    return funcs["a"](), funcs["b"]()
print(lambda_default_late())
adders = {}
for k in range(3):
    def add(v, k=k):
        return v + k
    adders[k] = add
print([adders[k](100) for k in adders])
