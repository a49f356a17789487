# A line-based diff: LCS table, edit script with +/- lines, unified-style hunks with context, and a patch applier.
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t

def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i])); i += 1; j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i])); i += 1
        else:
            ops.append(("+", b[j])); j += 1
    ops += [("-", x) for x in a[i:]] + [("+", x) for x in b[j:]]
    return ops

def hunks(ops, context=1):
    changed = [k for k, (op, _) in enumerate(ops) if op != " "]
    if not changed:
        return []
    groups, start = [], changed[0]
    prev = start
    for k in changed[1:]:
        if k - prev > 2 * context:
            groups.append((start, prev))
            start = k
        prev = k
    groups.append((start, prev))
    out = []
    for s, e in groups:
        lo, hi = max(0, s - context), min(len(ops), e + context + 1)
        a_start = sum(1 for op, _ in ops[:lo] if op != "+") + 1
        b_start = sum(1 for op, _ in ops[:lo] if op != "-") + 1
        a_len = sum(1 for op, _ in ops[lo:hi] if op != "+")
        b_len = sum(1 for op, _ in ops[lo:hi] if op != "-")
        out.append(f"@@ -{a_start},{a_len} +{b_start},{b_len} @@")
        out += [op + line for op, line in ops[lo:hi]]
    return out

def apply(a, ops):
    out, i = [], 0
    for op, line in ops:
        if op == " ":
            if a[i] != line:
                raise ValueError(f"context mismatch at line {i + 1}: {a[i]!r} != {line!r}")
            out.append(line); i += 1
        elif op == "-":
            if a[i] != line:
                raise ValueError(f"cannot delete line {i + 1}: {a[i]!r} != {line!r}")
            i += 1
        else:
            out.append(line)
    return out + a[i:]

old = """def greet(name):
    print("Hello " + name)

def main():
    greet("world")
    greet("there")
    return 0
""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello " + name + punct)

def main():
    greet("world")
    greet("everyone")
    greet("there")
    return 0

main()
""".splitlines()
ops = diff(old, new)
print("\n".join(hunks(ops)))
print("---")
print("\n".join(hunks(ops, context=0)))
print(apply(old, ops) == new, sum(op == "+" for op, _ in ops), sum(op == "-" for op, _ in ops))
print(diff([], ["x"]), diff(["x"], []), diff(list("abc"), list("abc")) == [(" ", c) for c in "abc"], hunks(diff(["same"], ["same"])))
print(["".join(op + x for op, x in diff(list("kitten"), list("sitting")))])
try:
    apply(["different"], ops)
except ValueError as e:
    print(type(e).__name__, e)
t = lcs_table(list("ABCBDAB"), list("BDCABA"))
print(t[0][0], [row[:4] for row in t[:3]])
