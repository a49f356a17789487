# f-strings: expressions, conversions, format specs, escapes of braces, quotes, multi-line.
name, n, pi = "World", 42, 3.14159
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }" if False else f"{n * 2}")
print(f"{name!r} {name!s} {name!a} {'é'!a}", f"{n:5d}|{n:<5}|{n:^5}|{n:x}|{n:#b}")
print(f"{pi:.2f} {pi:10.4f}| {pi:e} {pi:%}")
print(f"{{literal}} {{{n}}} {{}}", f"{'{'}{'}'}")
print(f"{'single'} {'x' if False else 'y'} {'''triple'''}")
print(F"upper prefix {n}", rf"raw \n {n}", fr"\d{n}", Rf"{name}\t")
items = [1, 2, 3]
d = {"key": "value"}
print(f"{items[0]} {items[-1]} {d['key']} {len(items)} {items}")
print(f"{[x * 2 for x in items]} {dict(a=1)} {(lambda x: x + 1)(5)}")
print(f"{n if n > 40 else 0} {n > 40 and 'big'} {not n}")
print(f"{'a' 'b'} {3 + 4j} {None} {True} {b'bytes'} {...}")
print(f"{name.upper()} {name[1:3]} {name.lower().center(9, '*')}")
value = 12.5
width, precision = 10, 2
print(f"{value:{width}.{precision}f}|{value:>{width}}|{value:{'<'}{width}}|")
print(f"{n:,} {10**9:_} {n:08.3f} {-n:+} {n: }")
print(f"""triple
quoted {n}
lines""")
print(f"a" f"b" f"{n}" "plain" f"{name}")
print(f"" == "", f"{''}" == "", len(f"{n}"))
x = 10
print(f"{x:{x}}|", f"{x!r:>{x}}|")
print(f"{3.0:g} {1e20:g} {0.1 + 0.2:.17}")
class C:
    def __format__(self, spec):
        return f"<C spec={spec!r}>"
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "C-str"
c = C()
print(f"{c} {c:abc} {c!r} {c!s} {c!r:>8}")
print(f"{n:{'>'}{5}}", f"{'nested'!r:^{width + 4}}")
t = (1, 2)
print(f"{t}", f"{t!r}", f"{(1, 2)}", f"{1, 2}")
print(f"{n}%", f"{n}%%", f"100{'%'}")
print(f"{'a' + 'b'}{'c' * 2}{chr(100)}")
print(f"{n=}", f"{name=}")
