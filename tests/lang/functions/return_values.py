# Return semantics: implicit None, multiple values as tuples, early return, return in finally.
def nothing():
    pass
def bare():
    return
def multiple():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    for i in range(10):
        if i == x:
            return f"found {i}"
    return "not found"
print(nothing(), bare(), multiple(), type(multiple()).__name__)
a, b, c = multiple()
print(a, b, c)
print(early(-1), early(3), early(20))
def finally_override():
    try:
        return "try"
    finally:
        return "finally"
print(finally_override())
def finally_side_effect():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(finally_side_effect())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed by return in finally"
print(finally_swallows())
def loop_return():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("  finally for", i)
print(loop_return())
def return_in_while():
    n = 0
    while True:
        n += 1
        if n > 3:
            return n
print(return_in_while())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def return_expression(x):
    return x * 2 if x else None
print(return_expression(4), return_expression(0))
def return_star():
    rest = [2, 3]
    return 1, *rest
print(return_star())
def return_generator_expr():
    return (i * i for i in range(3))
print(list(return_generator_expr()))
def nested_try_return():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_try_return())
def conditional_none(flag):
    if flag:
        return "value"
print(conditional_none(True), conditional_none(False))
try:
    compile("return 1", "<r>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
