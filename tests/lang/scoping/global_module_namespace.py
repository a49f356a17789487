# The module namespace: __name__, globals() as a live dict, dunder names, dynamic globals.
print(__name__, __doc__ is None or isinstance(__doc__, str), type(globals()).__name__)
print([k in globals() for k in ("__name__", "__doc__", "__builtins__")])
g = globals()
g["dynamic"] = "created through globals()"
print(dynamic)
def read_dynamic():
    return dynamic
print(read_dynamic())
del g["dynamic"]
try:
    read_dynamic()
except NameError as e:
    print(type(e).__name__, e)
if __name__ == "__main__":
    print("running as the main module")
counter = 0
def inc():
    global counter
    counter += 1
for _ in range(5):
    inc()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
names_before = set(globals())
new_var = 1
def new_func():
    pass
class NewClass:
    pass
print(sorted(set(globals()) - names_before - {"names_before"}))
print("__builtins__" in globals(), "print" in globals(), "print" in dir(__builtins__) if not isinstance(__builtins__, dict) else "print" in __builtins__)
exec("exec_defined = 42")
print(exec_defined)
exec("local_only = 1", {})
print("local_only" in globals())
def func_globals():
    return func_globals.__globals__ is globals()
print(func_globals())
first = "first"
def late_lookup():
    return second
second = "defined after the function"
print(late_lookup())
for i in range(3):
    pass
print("loop variable at module level:", i)
try:
    [j for j in range(3)]
    print(j)
except NameError as e:
    print(type(e).__name__, e)
