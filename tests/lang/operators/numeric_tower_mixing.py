# Mixing bool, int, float and complex in arithmetic: result types and values for every operator.
values = [True, 3, 2.5, 1 + 2j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("**", lambda a, b: a ** b)]
for a in values:
    for b in values:
        cells = []
        for sym, fn in ops:
            try:
                r = fn(a, b)
                cells.append(f"{sym}{type(r).__name__}")
            except (TypeError, ZeroDivisionError, OverflowError) as e:
                cells.append(f"{sym}{type(e).__name__}")
        print(f"{type(a).__name__:7} {type(b).__name__:7}", " ".join(cells))
for a, b in [(True, 3), (3, 2.5), (7, True), (2.5, True)]:
    print(a, b, a // b, a % b, divmod(a, b), type(a // b).__name__)
for expr in ["(1+2j) // 1", "(1+2j) % 1", "1 // (1+0j)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(True + 0.5, True * (1 + 1j), 3 / True, 2 ** 0.5 * 2 ** 0.5, 10 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(1 + 1.0 == 2, 1 + 1j - 1j == 1, 0.1 + 0.2 != 0.3, 3 * 1.0 == 3)
print(sum([True, 1, 1.5, 1j]), type(sum([True, 1])).__name__, type(sum([1, 1.0])).__name__)
print(max(1, 1.0, True), max(True, 1.0, 1), min(2.0, 2), min(2, 2.0))
print(round(2.5) + True, abs(-True), -True ** 2, (-True) ** 2)
print(int(True) is not True, float(True), complex(True), bool(0.0 + 0j))
