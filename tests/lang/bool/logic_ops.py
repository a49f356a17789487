# and/or/not: short-circuiting, returned operands (not coerced to bool), evaluation order.
def t(name, value):
    print("  eval", name)
    return value

print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", 0) or t("b", 4))
print(t("a", 5) or t("b", 6))
print(t("a", 0) or t("b", 0) or t("c", "last"))
print(t("a", 1) and t("b", 2) and t("c", 0) and t("d", 9))
print(t("a", []) or t("b", {}) and t("c", "never"))
print(not t("a", []), not t("b", [1]))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(None and 1, None or 1, "" and "x", "" or "x", [] or [] or [0])
print(type(0 or 0.0).__name__, type(0.0 or 0).__name__)
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small", x < 3 and "big" or "small")
print(not not x, not None, not object)
count = 0
def bump():
    global count
    count += 1
    return count
r = bump() or bump()
print(r, count)
r = bump() and bump()
print(r, count)
print([a and b for a in (0, 1) for b in (0, 2)])
print([a or b for a in (0, 1) for b in (0, 2)])
print(all([]), any([]), all([1, 1]), any([0, 0]), all(x > 0 for x in [1, -1, t("lazy", 1)]))
