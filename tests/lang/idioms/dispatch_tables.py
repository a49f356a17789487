# Dispatch idioms: dicts of functions, getattr-based command handlers, match on tuples, default handlers.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b):
    if b == 0:
        raise ZeroDivisionError("cannot divide by zero")
    return a / b
OPS = {"+": add, "-": sub, "*": mul, "/": div, "**": pow, "max": max}
for expr in ["3 + 4", "10 - 7", "6 * 7", "8 / 2", "2 ** 10", "3 max 9", "1 / 0", "5 % 2", "x + 1"]:
    a, op, b = expr.split()
    try:
        fn = OPS[op]
        print(expr, "=", fn(int(a), int(b)))
    except KeyError:
        print(expr, "-> unknown operator", repr(op))
    except (ZeroDivisionError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
handlers = {int: lambda v: f"int {v:+d}", float: lambda v: f"float {v:.2f}", str: lambda v: f"str {v!r}",
            list: lambda v: f"list of {len(v)}"}
def describe(v):
    return handlers.get(type(v), lambda v: f"other {type(v).__name__}")(v)
print([describe(v) for v in (5, 2.5, "s", [1, 2], None, True, (1,))])
class Shell:
    def __init__(self):
        self.cwd = "/"
        self.history = []
    def do_cd(self, path="/"):
        self.cwd = path if path.startswith("/") else self.cwd.rstrip("/") + "/" + path
        return self.cwd
    def do_pwd(self):
        return self.cwd
    def do_echo(self, *words):
        return " ".join(words)
    def do_history(self):
        return "; ".join(self.history)
    def default(self, name, args):
        return f"{name}: command not found"
    def execute(self, line):
        self.history.append(line)
        name, *args = line.split() or [""]
        method = getattr(self, "do_" + name, None)
        if method is None:
            return self.default(name, args)
        try:
            return method(*args)
        except TypeError as e:
            return f"usage error: {e}"
sh = Shell()
for line in ["pwd", "cd usr", "cd local", "pwd", "echo hello   big world", "ls -l", "cd /tmp", "pwd x", "history"]:
    print(f"$ {line:<24} {sh.execute(line)}")
def handle(event):
    match event:
        case ("click", x, y) if x < 0 or y < 0:
            return "click outside"
        case ("click", x, y):
            return f"click at {x},{y}"
        case ("key", "q" | "Q"):
            return "quit"
        case ("key", str(k)) if len(k) == 1:
            return f"key {k}"
        case ("resize", {"w": int(w), "h": int(h)}):
            return f"resize {w}x{h}"
        case ("scroll", *deltas):
            return f"scroll {sum(deltas)}"
        case _:
            return f"ignored {event!r}"
for ev in [("click", 3, 4), ("click", -1, 0), ("key", "Q"), ("key", "a"), ("key", "F1"), ("resize", {"w": 80, "h": 24, "x": 0}),
           ("resize", {"w": "80", "h": 24}), ("scroll", 1, 2, 3), ("scroll",), "noise", ()]:
    print(handle(ev))
registry = {}
def command(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@command("hello")
def hello(who="world"):
    return f"hello {who}"
@command("sum")
def total(*nums):
    return sum(map(int, nums))
for line in ("hello", "hello ann", "sum 1 2 3", "sum", "nope", "sum a"):
    name, *args = line.split()
    try:
        print(line, "->", registry[name](*args))
    except KeyError as e:
        print(line, "-> no command", e)
    except ValueError as e:
        print(line, "->", type(e).__name__, e)
print(sorted(registry), registry["sum"].__name__)
