# Assignment expressions (:=): in conditions, loops, comprehensions, precedence, invalid targets.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print("stopped at", item, "remaining", data)
print([y for x in range(6) if (y := x * x) % 2], y)
print((z := 5) + z, z)
values = [v := 10, v + 1, v * 2]
print(values)
def f(a):
    return a * 2
print([r for v in range(4) if (r := f(v)) > 2])
total = 0
print([total := total + v for v in range(5)], total)
matches = []
for text in ["key=value", "novalue", "a=b"]:
    if (pos := text.find("=")) >= 0:
        matches.append((text[:pos], text[pos + 1:]))
print(matches)
print((a := 1, b := 2), a, b)
print(f(x := 21), x)
for src in ["x := 1", "(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))", "def g(x := 1): pass",
            "(x := 1)", "print(x := 1)", "[x := 1, 2]", "{x := 1}", "f(a=x := 1)", "(lambda: x := 1)",
            "(lambda: (x := 1))"]:
    try:
        compile(src, "<w>", "exec")
        print("valid:  ", src)
    except SyntaxError as e:
        print("invalid:", src, "->", e.msg)
def scope():
    [inner := i for i in range(3)]
    return inner
print(scope())
class K:
    value = (w := 7)
print(K.value, K.w, "w" in globals())
chunks = iter(["ab", "cd", ""])
collected = []
while chunk := next(chunks):
    collected.append(chunk)
print(collected)
print([(m := i, m * 2)[1] for i in range(3)], m)
if any((hit := c).isdigit() for c in "ab3c"):
    print("first digit", hit)
if all((last := c).isalpha() for c in "ab3c"):
    pass
print("stopped at", last)
