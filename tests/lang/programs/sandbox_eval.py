# A formula evaluator on eval/exec/compile: restricted builtins, user-defined functions, syntax-error reporting.
SAFE_BUILTINS = {"abs": abs, "min": min, "max": max, "round": round, "sum": sum, "len": len, "range": range}

class FormulaError(Exception):
    pass

class Sandbox:
    def __init__(self):
        self.globals = {"__builtins__": SAFE_BUILTINS, "PI": 3.14159}
        self.history = []

    def define(self, source):
        try:
            code = compile(source, "<definitions>", "exec")
        except SyntaxError as e:
            raise FormulaError(f"line {e.lineno}: {e.msg}") from None
        before = set(self.globals)
        exec(code, self.globals)
        return sorted(set(self.globals) - before)

    def evaluate(self, expr, **variables):
        try:
            code = compile(expr, "<formula>", "eval")
        except SyntaxError as e:
            raise FormulaError(f"bad formula {expr!r}: {e.msg} (line {e.lineno})") from None
        names = set(code.co_names) - set(self.globals) - set(variables) - set(SAFE_BUILTINS)
        if names:
            raise FormulaError(f"unknown names: {', '.join(sorted(names))}")
        try:
            result = eval(code, self.globals, variables)
        except Exception as e:
            raise FormulaError(f"{type(e).__name__}: {e}") from e
        self.history.append((expr, result))
        return result

box = Sandbox()
print(box.define("def area(r):\n    return PI * r ** 2\n\ndef clamp(v, lo=0, hi=100):\n    return max(lo, min(hi, v))\nRATE = 0.2"))
formulas = [("area(2)", {}), ("clamp(x * 10)", {"x": 25}), ("round(area(r), 2)", {"r": 1.5}),
            ("sum(v * RATE for v in values)", {"values": [10, 20, 30]}), ("[n * n for n in range(k)]", {"k": 5}),
            ("len(name) > 3 and name.upper()", {"name": "krait"}), ("a if a > b else b", {"a": 3, "b": 7}),
            ("open('x')", {}), ("__import__('os')", {}), ("1 / 0", {}), ("undefined + 1", {}), ("", {}),
            ("1 +", {}), ("x = 5", {}), ("clamp()", {}), ("(lambda q: q * 2)(21)", {}), ("max([])", {})]
for expr, env in formulas:
    try:
        print(f"{expr!r:36} -> {box.evaluate(expr, **env)!r}")
    except FormulaError as e:
        cause = f" [cause {type(e.__cause__).__name__}]" if e.__cause__ else ""
        print(f"{expr!r:36} !! {e}{cause}")
for bad in ("def f(:\n    pass", "x = = 1", "def g():\nreturn 1", "if True:\n    pass\n  else: pass"):
    try:
        box.define(bad)
    except FormulaError as e:
        print("define failed:", e)
print(len(box.history), box.history[0], sorted(k for k in box.globals if not k.startswith("__")))
code = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
scope = {}
exec(code, scope)
print(scope["total"], code.co_filename, type(code).__name__, "total" in code.co_names)
def run_in_function():
    local_value = 1
    exec("created = local_value + 41")
    return locals().get("created"), local_value
print(run_in_function())
single = compile("6 * 7", "<repl>", "single")
exec(single)
print(eval("x + y", {"x": 1}, {"y": 2}), eval("__builtins__ is not None", {}), eval(b"2 ** 8"), eval("  3"))
try:
    eval("import os")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("x", "<f>", "nonsense")
except ValueError as e:
    print(type(e).__name__, e)
