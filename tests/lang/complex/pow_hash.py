# complex ** (integral exponents by squaring, others by polar form), errors, abs, hash, bool.
bases = [1 + 2j, -1j, 2 + 0j, 0.5 - 0.5j]
for b in bases:
    print(b, [b ** e for e in (0, 1, 2, 3, -1, -2, 0.5, 2.0, 1j)])
print((1 + 1j) ** 100, (1 + 1j) ** 101, 2j ** 10, (2 + 0j) ** 101, (2 + 0j) ** -101)
print(2 ** (1 + 1j), 2.5 ** 1j, (-8) ** (1 / 3), (-8.0) ** 0.5, (-1) ** 0.5)
print((1e300 + 1e300j) ** 2, (1e-200 + 0j) ** 3, 0j ** 2, 0j ** 0, 0j ** 0.5, 0j ** 0j)
for expr in ["0j ** -1", "0j ** -2.5", "0j ** 1j", "0j ** (1+1j)", "(1e308+1j) ** 1.5",
             "(1e200+1e200j) ** 3.5", "(1e200j) ** 2", "10j ** 400", "pow(1j, 2, 3)",
             "pow(1j, 'a')", "1j ** None"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(expr, type(e).__name__, e)
inf, nan = float("inf"), float("nan")
for z in [3 + 4j, -5j, complex(inf, nan), complex(nan, -inf), complex(nan, 1), 1e-320j,
          complex(1e308, 1e308), 0j]:
    try:
        print(z, abs(z), bool(z))
    except OverflowError as e:
        print(z, type(e).__name__, e)
for z in [0j, 1 + 0j, -1 + 0j, 1.5 + 0j, 1j, -1j, 1 + 2j, 1e100 + 1e-100j, complex(inf, -inf),
          complex(2 ** 61, 0), complex(-2.0, 3.0)]:
    print(z, hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1: "a"}[1 + 0j], {1j: "b"}[1j])
print(1 + 0j == 2 ** 60, 2 ** 53 + 0j == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53,
      1j == 1j + 0, 1j != 0, 0j == 0, 0j == False, 1 + 0j == True, (1 + 0j) == 1.0)
