# Comprehension scoping: loop variables do not leak, class bodies are not visible, first iterable rule.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = "y outer"
print([y for _ in range(1)])
def func():
    z = "function local"
    return [z for _ in range(2)], {z: 1 for _ in range(1)}, {z for _ in range(1)}
print(func())
class C:
    attr = 10
    items = [1, 2, 3]
    first_iter_ok = [i * 2 for i in items]
    try:
        uses_attr = [i * attr for i in items]
    except NameError as e:
        uses_attr = f"NameError: {e}"
    try:
        nested_iter = [(i, j) for i in items for j in items]
    except NameError as e:
        nested_iter = f"NameError: {e}"
print(C.first_iter_ok, C.uses_attr, C.nested_iter)
def closures():
    return [lambda: i for i in range(3)]
print([f() for f in closures()])
def nested_scopes():
    a = 1
    return [[a + b for b in range(2)] for _ in range(2)]
print(nested_scopes())
def assignment_expression():
    values = [y := v * 2 for v in range(3)]
    return values, y
print(assignment_expression())
def walrus_filter():
    data = [1, 5, 2, 8, 3]
    big = [v for v in data if (doubled := v * 2) > 5]
    return big, doubled
print(walrus_filter())
try:
    compile("[i := 0 for i in range(3)]", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("class K:\n    [z := 1 for _ in range(1)]\n", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("[(j := 1) for i in range(2) for j in range(2)]", "<c>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
g = 5
def uses_global():
    return [g for _ in range(2)]
print(uses_global())
def shadow_param(n):
    return [n for n in range(n)]
print(shadow_param(4))
def nonlocal_in_comp():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(3)], count
print(nonlocal_in_comp())
items = ["a", "b"]
print([items for items in items])
print(items)
