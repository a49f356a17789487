# complex arithmetic: + - * / ** with ints and floats, division by zero, unsupported ops.
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, -a, +a, a ** 2, a ** 0, a ** -1)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, 1j * 1j, 1j ** 2)
print((1 + 1j) ** 8, (2j) ** 3, (1 + 1j) ** 0.5, 2 ** (1j), 1j ** 1j)
print(a == 1 + 2j, a != b, 1 + 0j == 1, 1j == 1, (0j) == 0.0)
for op in ["<", ">", "<=", ">="]:
    try:
        eval("a " + op + " b")
    except TypeError as e:
        print(op, type(e).__name__, e)
for expr in ["a // b", "a % b", "divmod(a, b)", "int(a)", "float(a)", "round(a)"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
for expr in ["a / 0", "a / 0j", "1 / 0j", "0j ** -1", "0j ** (1+1j)"]:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
print(0j ** 0, 0j ** 2, 0j ** 0j)
try:
    pow(a, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
z = 1 + 1j
z += 1
z *= 1j
z -= 2j
z /= 2
print(z)
print(complex(1e308, 1e308) * 10, complex(1e300, 1e300) * complex(1e300, 1e300))
print((1e300 + 1e300j) / (1e300 + 1e300j))
print(sum([1j, 2, 3.5, -1j]), sum([1j] * 4))
print(abs(3 + 4j) == 5.0, (3 + 4j).conjugate() * (3 + 4j))
print(complex.__add__(1j, 1), complex.__add__(1j, "x"), (1j).__radd__(2), (2j).__rtruediv__(4))
print(complex.__mul__(2j, 3.0), complex.__pow__(1j, 2), complex.__neg__(1 - 1j))
for bad in ["1j + 'a'", "1j * []", "[] * 1j", "1j & 1", "~1j"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print((1 + 2j) * (1 - 2j), (1 + 2j).real * 2, -(0j), -(-0j) if False else -0j)
