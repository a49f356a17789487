# Operator precedence and associativity, checked against explicitly parenthesised forms.
cases = [
    ("2 + 3 * 4", "2 + (3 * 4)"),
    ("2 ** 3 ** 2", "2 ** (3 ** 2)"),
    ("-2 ** 2", "-(2 ** 2)"),
    ("2 ** -1", "2 ** (-1)"),
    ("10 - 4 - 3", "(10 - 4) - 3"),
    ("100 / 10 / 5", "(100 / 10) / 5"),
    ("2 * 3 % 4", "(2 * 3) % 4"),
    ("1 + 2 << 3", "(1 + 2) << 3"),
    ("1 << 2 + 3", "1 << (2 + 3)"),
    ("6 & 3 | 8", "(6 & 3) | 8"),
    ("6 | 3 & 8", "6 | (3 & 8)"),
    ("5 ^ 3 & 1", "5 ^ (3 & 1)"),
    ("1 | 2 ^ 3", "1 | (2 ^ 3)"),
    ("~1 + 1", "(~1) + 1"),
    ("not 1 == 2", "not (1 == 2)"),
    ("not 0 and 0", "(not 0) and 0"),
    ("1 or 0 and 0", "1 or (0 and 0)"),
    ("1 < 2 == 2", "(1 < 2) and (2 == 2)"),
    ("3 - -3", "3 - (-3)"),
    ("- - 4", "-(-4)"),
    ("2 * -3 ** 2", "2 * (-(3 ** 2))"),
    ("1 if 0 else 2 if 0 else 3", "1 if 0 else (2 if 0 else 3)"),
    ("[1, 2] + [3] * 2", "[1, 2] + ([3] * 2)"),
    ("'a' 'b' * 2", "('a' 'b') * 2"),
    ("3 > 2 in [True]", "(3 > 2) and (2 in [True])"),
    ("0 or None and 1", "0 or (None and 1)"),
    ("7 // 2 * 2", "(7 // 2) * 2"),
    ("2 ** 2 * 3", "(2 ** 2) * 3"),
    ("5 & 3 == 1", "(5 & 3) == 1"),
    ("(lambda: 1)() + 1", "((lambda: 1)()) + 1"),
    ("1 + 2 if True else 3", "(1 + 2) if True else 3"),
    ("'x' in 'xy' == True", "('x' in 'xy') and ('xy' == True)"),
]
for expr, explicit in cases:
    a, b = eval(expr), eval(explicit)
    print(f"{expr:28} = {a!r:8} {'ok' if a == b else 'DIFFERENT from ' + repr(b)}")
print(-3 % 5, -(3 % 5), (-3) % 5)
print(2 ** -2 ** 2, 2 ** (-(2 ** 2)))
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2)
print(not x is None, (not x) is None)
print(1 + 2 == 3 and 2 * 2 == 4 or False)
y = lambda: 1 or 2
print(y(), (lambda a, b: a if a > b else b)(3, 4))
print([1, 2][0] + {"k": 10}["k"] * 2, "ab"[1:] * 3, -[1, 2][1])
print(True + True * 2, (True + True) * 2)
