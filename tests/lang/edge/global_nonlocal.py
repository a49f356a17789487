# global and nonlocal: rebinding, NameError vs UnboundLocalError, nested closures and class bodies.
g = 0
def inc():
    global g
    g += 1
    return g
inc(); inc()
print(g)
def makes_global():
    global fresh
    fresh = "created"
makes_global()
print(fresh)
def read_only():
    return g * 10
print(read_only())
def shadow():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 5
    return g
print(shadow())
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner set"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def nonlocal_skips_class():
    v = "func"
    class K:
        v = "class"
        def m(self):
            return v
    return K().m(), K.v
print(nonlocal_skips_class())
def class_sees_global():
    class K:
        val = g
    return K.val
print(class_sees_global())
def del_local():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(del_local())
def del_global():
    global tmp_global
    tmp_global = 1
    del tmp_global
    try:
        return tmp_global
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_global())
def free_var_deleted():
    val = 1
    def get():
        return val
    del val
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(free_var_deleted())
try:
    never_defined
except NameError as e:
    print(type(e).__name__, e)
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
def gen_nonlocal():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
    return total
print(gen_nonlocal())
ns = {}
exec("global_in_exec = 1\ndef f():\n    global global_in_exec\n    global_in_exec += 1\nf()", ns)
print(ns["global_in_exec"])
for src in ["def f():\n    x = 1\n    global x", "nonlocal y", "def f():\n    nonlocal zz", "def f(a):\n    global a"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
x = 1
def augmented():
    try:
        x += 1
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(augmented())
def outer_cell():
    y = 0
    def bump():
        nonlocal y
        y = y + 1
    bump(); bump()
    return y
print(outer_cell())
