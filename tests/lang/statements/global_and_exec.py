# exec/eval with separate global and local namespaces, functions defined by exec, global statements inside exec.
g = {"counter": 0}
exec("def bump():\n    global counter\n    counter += 1\n    return counter", g)
print(g["bump"](), g["bump"](), g["counter"])
l = {}
exec("x = 1\ny = x + 1", {}, l)
print(l)
code = "z = 10\ndef f():\n    return z\nresult = f()"
try:
    exec(code, {}, {})
except NameError as e:
    print("separate locals hide z from f:", type(e).__name__, e)
ns = {}
exec(code, ns)
print(ns["result"])
glob = {"value": "global"}
loc = {"value": "local"}
print(eval("value", glob, loc), eval("value", glob))
exec("value = 'assigned'", glob, loc)
print(glob["value"], loc["value"])
exec("global value\nvalue = 'through global'", glob, loc)
print(glob["value"], loc["value"])
def in_function():
    local_var = 5
    exec("local_var = 99")
    return local_var
print(in_function())
def exec_sees_locals():
    hidden = "function local"
    return eval("hidden")
print(exec_sees_locals())
print(eval("[n * n for n in range(4)]", {}), eval("len(s)", {"s": "abc"}))
env = {}
exec("class Made:\n    attr = 7\n", env)
print(env["Made"].attr, env["Made"].__module__ if "__name__" in env else "module name comes from globals")
env2 = {"__name__": "custom_module"}
exec("class Named:\n    pass\n", env2)
print(env2["Named"].__module__)
try:
    exec("1 +", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
counter = 0
exec("counter += 5")
print(counter)
