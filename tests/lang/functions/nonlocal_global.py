# global and nonlocal declarations: rebinding, errors at compile time, interplay with class scopes.
g = "module"
def read_global():
    return g
def write_global():
    global g
    g = "changed by function"
def shadow_global():
    g = "local"
    return g
print(read_global(), shadow_global(), g)
write_global()
print(g)
def create_global():
    global brand_new
    brand_new = "created inside function"
create_global()
print(brand_new)
def unbound_local():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = "assigned later"
unbound_local()
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
    inner(); inner()
    return x
print(outer())
def nested_nonlocal():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
    middle()
    return x
print(nested_nonlocal())
for src in [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f(a):\n    global a\n",
    "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def global_in_nested():
    def inner():
        global g
        g = "from nested"
    inner()
global_in_nested()
print(g)
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter
print(bump(3), bump(2), counter)
def nonlocal_loop():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
    for v in range(5):
        add(v)
    return items, total
print(nonlocal_loop())
def comprehension_scope():
    x = "function x"
    values = [x for _ in range(2)]
    gen_vals = list(x for _ in range(1))
    return values, gen_vals
print(comprehension_scope())
def del_global():
    global to_delete
    del to_delete
to_delete = 1
del_global()
print("to_delete" in globals())
