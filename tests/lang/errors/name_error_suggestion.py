# Uncaught NameError: 3.11 adds "Did you mean" suggestions for close names (locals, globals, builtins).
counter_total = 10
def compute():
    local_value = 5
    try:
        return local_valeu + 1
    except NameError as e:
        print("caught:", e)
    return local_value
print(compute())
items = [1, 2, 3]
try:
    print(lenn(items))
except NameError as e:
    print("caught:", e, "| name:", e.name)
print("now uncaught")
print(counter_totl)
