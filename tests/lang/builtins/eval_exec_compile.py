# eval, exec and compile: modes, globals/locals dicts, return values, syntax errors, code objects.
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("x + y", {"x": 1}, {"y": 2}), eval("[i for i in range(3)]"))
ns = {}
print(exec("a = 5\nb = a * 2", ns), ns["a"], ns["b"], "__builtins__" in ns)
exec("def f(n):\n    return n + 1", ns)
print(ns["f"](9), ns["f"].__name__)
print(eval(" 3 "), eval("\t'tab ok'"))
code = compile("total = sum(values)", "<string>", "exec")
env = {"values": [1, 2, 3]}
exec(code, env)
print(type(code).__name__, env["total"], code.co_filename, code.co_name)
expr = compile("q * q", "<expr>", "eval")
print(eval(expr, {"q": 7}), expr.co_name)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("def f(:", "exec"), ("a = 1", "eval"), ("return 5", "exec")]:
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
restricted = {"__builtins__": {}}
try:
    eval("len([1])", restricted)
except NameError as e:
    print(type(e).__name__, e)
print(eval("abs(-1)", {"__builtins__": {"abs": abs}}))
x = 10
def scope_test():
    y = 20
    return eval("x + y"), eval("y", {"y": "explicit"})
print(scope_test())
loc = {}
exec("z = 1", {}, loc)
print(loc)
exec("print('printed from exec', 2 + 2)")
print(eval("lambda v: v * 3")(4), eval(b"1 + 1"), eval("(1,\n2)"))
src = "result = []\nfor i in range(3):\n    result.append(i * i)\n"
g = {}
exec(src, g)
print(g["result"])
class Mapping(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("unknown", {}, Mapping()))
print(compile("pass", "name", "exec").co_filename, eval(compile("42", "", "eval")))
