# Assignment expressions: in conditions, comprehensions (binding in enclosing scope), lambdas, and forbidden forms.
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
print([last := v for v in range(3)], last)
def scope():
    [inner := i for i in range(4)]
    return inner
print(scope())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("val", v)
print((a := 1, b := 2), a, b)
print(f"{(w := 'walrus')!r} {w}")
f = lambda: (z := 7) + z
print(f())
print((x := 5) * (x + 1), x)
def g(p=(q := 9)):
    return p
print(g(), q)
print(any((hit := v) > 10 for v in data), hit)
print(all((miss := v) < 10 for v in data), miss)
res = {k: (sq := k * k) for k in range(3)}
print(res, sq)
if any(len(word := w) > 4 for w in ["hi", "hello", "yo"]):
    print("first long word", word)
while (chunk := data[:2]):
    data = data[2:]
    print("chunk", chunk)
for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "[i := 0 for i in range(3)]", "def f():\n    [j for j in range((j := 3))]",
            "class C:\n    [k := 1 for _ in range(2)]", "(x, y := 1, 2)", "f(a := 1)", "lambda: x := 1", "{(x := 1): 2}"]:
    try:
        compile(src, "<w>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def nested():
    def inner():
        [outer_bound := 42 for _ in range(1)]
        return outer_bound
    return inner()
print(nested())
def uses_nonlocal():
    count = 0
    def bump():
        nonlocal count
        [count := count + 1 for _ in range(3)]
    bump()
    return count
print(uses_nonlocal())
print([(s, t) for s in range(3) if (t := s * s) % 2 == 0])
matrix = [[1, 2], [3, 4]]
print([cell for row in matrix if (rs := sum(row)) > 3 for cell in row], rs)
