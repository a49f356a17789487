# Nested f-strings and nested replacement fields in format specs; evaluation order.
n = 7
print(f"{f'{n}'}", f"""{f'{f"{n}"}'}""", f"{'inner ' + f'{n * 2}'}")
print(f"""outer {f'''middle {f"inner {f'{n}'}"}'''}""")
rows = [("a", 1), ("bb", 22), ("ccc", 333)]
w = max(len(k) for k, _ in rows)
for k, v in rows:
    print(f"{k:<{w}} | {v:>{len(str(max(x for _, x in rows)))}}")
fmt_spec = ">10"
print(f"{'x':{fmt_spec}}|", f"{3.14159:.{n - 4}f}", f"{n:0{n}d}")
log = []
def track(label, value):
    log.append(label)
    return value
print(f"{track('a', 1)} {track('b', 2):{track('c', '>3')}} {track('d', 3)}")
print(log)
print(f"{[f'{i}:{i*i}' for i in range(4)]}")
print(f"{', '.join(f'{k}={v}' for k, v in {'x': 1, 'y': 2}.items())}")
matrix = [[1, 2], [3, 4]]
print(f"{'; '.join(' '.join(f'{v:2}' for v in row) for row in matrix)}")
print(f"{'{'}{n}{'}'}", f"{{{n}}}", f"{{{{n}}}}")
def fmt(v, spec):
    return f"{v:{spec}}"
print(fmt(255, "x"), fmt(255, "#010b"), fmt("s", "*^5"), fmt(0.5, ".1%"))
print(f"{'nested' if n > 5 else f'{n}'}")
print(f"{dict(a=f'{n}')['a']}")
print(f"{(lambda: f'{n}!')()}")
print(f"{n:{'^'}{'1'}{'0'}}|")
print(f"{n!r:{'>'}5}|", f"{str(n)!r}")
a = 3
print(f"{a}{a:{a}}{a:{a}{a}}|")
class Obj:
    attr = "value"
    def meth(self):
        return f"meth of {type(self).__name__}"
o = Obj()
print(f"{o.attr} {o.meth()} {o.attr!r:>10} {Obj.attr[::-1]}")
print(f"{'%d' % n} {'{}'.format(n)} {f'{n}'}")
print(f"{n:{''}}", f"{n:{' '}>4}|")
