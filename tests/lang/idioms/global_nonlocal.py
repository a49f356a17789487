# global and nonlocal idioms: module counters, configuration flags, closures with state, and the errors they avoid.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(broken())
def create_global():
    global created_later
    created_later = "made inside a function"
create_global()
print(created_later, "created_later" in globals())
settings = {"debug": False}
def enable_debug():
    settings["debug"] = True
enable_debug()
print(settings)
def make_bank(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("+", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("-", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_bank(100)
print(dep(50), wd(30), rep())
try:
    wd(500)
except ValueError as e:
    print(type(e).__name__, e)
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc1, acc2 = accumulate(), accumulate()
print(acc1(5), acc1(5), acc2(1), acc1.__closure__[0].cell_contents, acc2.__code__.co_freevars)
for src in ("def f():\n    nonlocal q\n", "nonlocal x\n", "def f():\n    x = 1\n    global x\n",
            "def f(a):\n    global a\n", "def f():\n    print(y)\n    global y\n"):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def gen_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(gen_counter()))
class Registry:
    items = []
    def add(self, item):
        global last_added
        last_added = item
        self.items.append(item)
Registry().add("a")
Registry().add("b")
print(Registry.items, last_added)
x = "global x"
class Scope:
    x = "class x"
    def method(self):
        return x
    y = [x for _ in range(1)]
print(Scope().method(), Scope.y, Scope.x)
def loop_closures():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    late = [lambda: i for i in range(3)]
    return [f() for f in funcs], [g() for g in late]
print(loop_closures())
exec_ns = {}
exec("g1 = 1\ndef setter():\n    global g2\n    g2 = 2\nsetter()", exec_ns)
print(sorted(k for k in exec_ns if not k.startswith("__")), "g2" in globals())
