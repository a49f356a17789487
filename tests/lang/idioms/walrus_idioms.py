# Assignment expressions (:=) in while loops, comprehensions, conditions and any(); scoping and errors.
data = [3, 8, 1, 9, 4, 12, 7]
it = iter(data)
while (value := next(it, None)) is not None and value < 9:
    print("value", value)
print("stopped at", value)
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
print([y for x in data if (y := x * 2) > 10], y)
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
results = [last := x for x in "abc"]
print(results, last)
if any((hit := x) > 8 for x in data):
    print("first above 8:", hit)
if not all((bad := x) % 2 == 0 for x in [2, 4, 5, 6]):
    print("first odd:", bad)
chunks = iter(["ab", "cd", "", "ef"])
out = []
while chunk := next(chunks):
    out.append(chunk.upper())
print(out)
def parse(s):
    if (colon := s.find(":")) == -1:
        return None
    return s[:colon], s[colon + 1:]
print(parse("k:v"), parse("nope"), parse(":x"))
totals = [total := 0] + [total := total + x for x in [1, 2, 3, 4]]
print(totals, total)
print((z := 5) + z, z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
def g():
    total = 0
    vals = [total := total + v for v in (5, 5)]
    return total, vals
print(g())
import_free = {k: (v := k * 10) for k in range(3)}
print(import_free, v)
for src in ("(a := 1, b := 2)", "[i := 0 for i in range(3)]", "(x.y := 1)", "def h(): (yield (q := 1))",
            "class C:\n    [k := 1 for _ in range(2)]", "lambda: (m := 1)", "(p := 1) if True else None"):
    try:
        compile(src, "<walrus>", "exec")
        print("ok:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
matrix = [[1, 2], [3, 4], [5, 6]]
print([s for row in matrix if (s := sum(row)) > 3])
buf = list("hello world")
words = []
while buf:
    if (sp := buf.index(" ") if " " in buf else len(buf)) >= 0:
        words.append("".join(buf[:sp]))
        del buf[:sp + 1]
print(words)
count = 0
def tick():
    global count
    count += 1
    return count
while (c := tick()) < 4:
    pass
print(c, count)
print(f"{(fw := 7)} {fw * 2}")
