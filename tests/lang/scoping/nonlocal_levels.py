# nonlocal across several levels, skipping levels without the name, and interaction with globals.
x = "global x"
def level1():
    x = "level1 x"
    def level2():
        def level3():
            nonlocal x
            x = "set by level3"
        level3()
        return x
    result = level2()
    return result, x
print(level1(), x)
def counter_levels():
    count = 0
    def a():
        def b():
            nonlocal count
            count += 1
        b()
        b()
    a()
    return count
print(counter_levels())
def shadowing():
    v = "outer"
    def middle():
        v = "middle"
        def inner():
            nonlocal v
            v = "inner changed middle"
        inner()
        return v
    return middle(), v
print(shadowing())
def global_then_nonlocal():
    y = "enclosing y"
    def inner():
        global y
        y = "module y"
    inner()
    return y
print(global_then_nonlocal(), y)
def nonlocal_in_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_in_loop())
def nonlocal_del():
    z = 1
    def remove():
        nonlocal z
        del z
    remove()
    try:
        return z
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(nonlocal_del())
def nonlocal_param(p):
    def change():
        nonlocal p
        p = p * 2
    change()
    change()
    return p
print(nonlocal_param(3))
def nonlocal_and_class():
    state = "initial"
    class C:
        def update(self):
            nonlocal state
            state = "updated from method"
    C().update()
    return state
print(nonlocal_and_class())
