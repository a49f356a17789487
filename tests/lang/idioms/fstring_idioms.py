# f-string idioms: self-documenting =, conversions, nested format specs, dates-like padding, dict access, escapes.
name, qty, price = "widget", 3, 4.5
items = {"a": 1, "b": [10, 20]}
print(f"{name=}", f"{qty = }", f"{price=:.2f}", f"{name=!s}", f"{qty*price=}", f"{items['b'][1]=}")
print(f"{name!r} {name!s} {name!a} {'café'!a}")
width, prec = 10, 3
print(f"[{price:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'^'}{width}}]", f"[{qty:0{width}d}]")
print(f"{items['a']} {items['b'][0]} {len(items)} {sorted(items)} {items.get('z', 'none')}")
print(f"{{literal braces}} {{{qty}}} {'{'}{qty}{'}'}")
y, m, d, hh, mm = 2024, 3, 7, 9, 5
print(f"{y:04d}-{m:02d}-{d:02d}T{hh:02}:{mm:02}", f"{7:>03}", f"{-7:03}", f"{7:<03}")
print(f"{3.14159:.0f} {2.5:.0f} {3.5:.0f} {1e6:,.0f} {1234.5:_.1f} {0.5:.0%} {1/3:.2%}")
print(f"{255:#x} {255:#X} {255:#o} {255:#b} {255:08b} {-255:x} {255:+x}")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|{'fill':*^10}|{42:=+6}|")
print(f"{1e-4} {1e16} {123456789.0} {0.1 + 0.2} {1/3:g} {1e100:g} {12.0:g} {1.5e-7:.2e}")
print(f"{True} {True:d} {None} {[1, 'a']} {(1,)} {b'x'} {3+4j} {1j:.1f}")
nested = [[1, 2], [3, 4]]
print(f"{' '.join(str(x) for row in nested for x in row)}", f"{sum(x for row in nested for x in row):>5}")
print(f"{'yes' if qty > 2 else 'no'}", f"{(lambda v: v * 2)(qty)}", f"{[x ** 2 for x in range(4)]}")
text = "multi"
print(f"""{text}
line {qty}""")
print(f"{'a' 'b'}", f"{'tab:'}\t{'end'}", rf"\d{qty}", fr"{name}\n")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "str-P"
p = P()
print(f"{p}", f"{p:abc}", f"{p!r}", f"{p!s}", f"{p!r:>6}", f"{p=}", f"{p=:x}")
for expr in ("f'{1:d}'.format()", "f'{\"x\":d}'", "f'{1.5:d}'", "f'{1:abc}'", "f'{[]:>5}'", "f'{None:.2f}'"):
    try:
        print(eval(expr))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ("f'{}'", "f'{x!z}'", "f'{'", "f'}'"):
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
rows = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
for n, f, i in rows:
    print(f"{n:<6}|{f:>9.3f}|{i:>6,}|{i:^7x}|{f:<8.1e}|")
total = sum(r[1] for r in rows)
print(f"{'total':<6}|{total:>9.3f}|")
pct = 0.4567
print(f"{pct:.1%} {pct:5.0%} {pct * 100:.1f}%")
n = 1234567.891
print(f"{n:,.2f}".replace(",", "_"), f"{n:e}", f"{n:.3g}", f"{int(n):,}", f"{n:15,.1f}|")
print(f"{'nested {braces}'}", f"{'%d' % 5}", f"{'{}'.format(6)}", f"{chr(65)}{ord('a')}")
