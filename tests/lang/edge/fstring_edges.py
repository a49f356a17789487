# f-strings: = debugging specifier, nested format specs, conversions, braces escaping, expressions and errors.
x, y = 3, "txt"
print(f"{x=}", f"{y=}", f"{x + 1 = }", f"{y=!s}", f"{x=:>5}", f"{3.14159=:.2f}", f"{ x = }")
width, prec = 10, 3
print(f"[{2 / 3:{width}.{prec}f}]", f"[{y:^{width}}]", f"[{x:{'0'}{width}d}]", f"[{y!r:>{width}}]")
print(f"{{}}", f"{{{x}}}", f"{'{'}", f"}}{x}{{", f"{x!r}{x!s}{x!a}", f"{'é'!a}")
print(f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda v: v * 2)(4)}", f"{x if x > 2 else 0}", f"{'a' 'b'}")
print(f"{x:#x}", f"{x:08b}", f"{-x:+}", f"{1234567:,}", f"{1234567:_}", f"{0.5:%}", f"{1e10:.2e}", f"{x:c}" if x > 31 else f"{65:c}")
print(f"{y:.2}", f"{y:*<6}", f"{y:>{x}}", f"{None}", f"{True:d}", f"{3:+.1f}", f"{-0.0:z.1f}" if False else "")
n = 5
print(f"{'nested ' + f'{n * 2}'}", f"{f'{n}'}", f"{f'{n:>{n}}'}|")
obj = {"a": [1, {"b": "deep"}]}
print(f"{obj['a'][1]['b']}", f"{len(obj)=}", f"{obj!r:.10}")
print(f"{x}" f"{y}" "plain", "a" f"{x}" "b" f"{y!r}")
print(f"""{x
}""", f'''{
y
}''')
for bad in ["f'{}'", "f'{x!z}'", "f'{x:{y:{z}}}'", "f'{'", "f'}'", "f'{x!}'", "f'{:}'"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    f"{x:zz}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{y:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{undefined_var}"
except NameError as e:
    print(type(e).__name__, e)
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{F()}", f"{F():abc}", f"{F():{x}{y}}", f"{F()!s:x}" if False else f"{F():!r}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items):03}", f"{items[-1].upper()}", f"{[i * 2 for i in range(3)]}")
print(f"{x:{'>'}{4}}", f"{'%s' % 'old'}", f"{'{}'.format('fmt')}", f"{x!r:>{n}}|")
print(f"{3:}", f"{'s':}", f"{x = !r:>4}")
