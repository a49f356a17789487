# Evaluation order inside comprehensions: iterables, conditions, key/value order, nested clauses.
trace = []
def t(label, value):
    trace.append(label)
    return value
result = [t(f"expr{x}", x) for x in t("iterable", range(3)) if t(f"cond{x}", x != 1)]
print(result)
print(trace)
trace.clear()
d = {t(f"key{x}", x): t(f"val{x}", x * 10) for x in range(2)}
print(d, trace)
trace.clear()
nested = [(a, b) for a in t("outer", [1, 2]) if t(f"c-a{a}", True) for b in t(f"inner{a}", [3]) if t(f"c-b{b}", True)]
print(nested, trace)
trace.clear()
s = {t(f"elem{x}", x % 2) for x in range(4)}
print(sorted(s), trace)
trace.clear()
g = (t(f"gen{x}", x) for x in t("gen-iterable", range(2)))
print(trace)
print(list(g), trace)
trace.clear()
matrix = [[t(f"cell{r}{c}", r * c) for c in range(2)] for r in range(2)]
print(matrix, trace)
trace.clear()
first_true = next(x for x in t("search", range(10)) if t(f"test{x}", x > 2))
print(first_true, trace)
trace.clear()
any_result = any(t(f"any{x}", x > 1) for x in range(5))
print(any_result, trace)
