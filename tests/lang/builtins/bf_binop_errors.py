# "unsupported operand type(s)" for every binary and in-place operator, pow with three arguments.
def show(fn):
    try:
        print(repr(fn()))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class A:
    pass
show(lambda: 1 + "a")
show(lambda: "a" - 1)
show(lambda: [] * 1.5)
show(lambda: "a" * "b")
show(lambda: 1 @ 2)
show(lambda: [] / 2)
show(lambda: {} // 2)
show(lambda: None % 2)
show(lambda: 1 << "a")
show(lambda: 1.5 >> 1)
show(lambda: 1.5 & 1)
show(lambda: "a" | 1)
show(lambda: () ^ ())
show(lambda: A() + A())
show(lambda: divmod("a", 1))
show(lambda: divmod(1, 0))
show(lambda: 2 ** "a")
show(lambda: pow("a", 2))
show(lambda: pow(2, 3, 4.0))
show(lambda: pow(2.0, 3, 4))
show(lambda: pow(2, 3.0, 4))
show(lambda: pow(2j, 3, 4))
show(lambda: pow(2, 3, 4j))
show(lambda: pow("a", 3, 4))
show(lambda: pow(2, "a", 4))
show(lambda: pow(2, 3, "a"))
show(lambda: pow(2, 3, None))
show(lambda: pow(2, -1, 5))
show(lambda: pow(2, -1, 4))
show(lambda: pow(2, 3, 0))
def aug(op):
    x = A()
    if op == "+":
        x += 1
    elif op == "-":
        x -= 1
    elif op == "*":
        x *= 1
    elif op == "**":
        x **= 1
    elif op == "@":
        x @= 1
    elif op == "//":
        x //= 1
    elif op == "|":
        x |= 1
    elif op == ">>":
        x >>= 1
    return x
for op in ("+", "-", "*", "**", "@", "//", "|", ">>"):
    show(lambda: aug(op))
def aug_tuple():
    t = (1,)
    t += [2]
    return t
show(aug_tuple)
def aug_list():
    l = []
    l *= "a"
    return l
show(aug_list)
show(lambda: 1 < "a")
show(lambda: None >= None)
show(lambda: A() > 1)
