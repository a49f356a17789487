# Name resolution: local, enclosing, global, builtin (LEGB), shadowing builtins, deleting shadows.
x = "global"
def local_shadow():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
def reads_global():
    return x
print(local_shadow(), enclosing(), reads_global())
def shadow_builtin():
    len = lambda obj: "shadowed len"
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))
print = print
def uses_print():
    print("module-level print name bound to the builtin")
uses_print()
del print
print("after del, the builtin print is found again")
max = "global shadow"
try:
    max(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
del max
print(max(1, 2))
def three_levels():
    level = "outer"
    def middle():
        def innermost():
            return level
        return innermost()
    return middle()
print(three_levels())
def shadows_enclosing():
    v = "outer v"
    def inner():
        v = "inner v"
        return v
    return inner(), v
print(shadows_enclosing())
def param_shadows(x):
    return x
print(param_shadows("parameter"), x)
def default_sees_global(a=x):
    return a
x = "changed global"
print(default_sees_global(), reads_global())
def builtins_namespace():
    return type(__builtins__).__name__ in ("module", "dict")
print(builtins_namespace())
def loop_var_scope():
    for i in range(3):
        pass
    return i
print(loop_var_scope())
def except_var_scope():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(except_var_scope())
def conditional_definition(flag):
    if flag:
        value = "defined"
    try:
        return value
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(conditional_definition(True), conditional_definition(False))
